package org.thidua.awards.council;

import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface VoteRepository extends CrudRepository<Vote, Long> {

    boolean existsBySessionIdAndNominationIdAndMemberId(String sessionId, String nominationId, String memberId);

    List<Vote> findBySessionId(String sessionId);
}
