package org.thidua.awards.council;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface VoteRepository extends CrudRepository<Vote, Long> {

    boolean existsBySessionIdAndNominationIdAndMemberId(String sessionId, String nominationId, String memberId);

    List<Vote> findBySessionId(String sessionId);
}
