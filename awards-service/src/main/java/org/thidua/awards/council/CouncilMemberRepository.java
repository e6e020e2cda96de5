package org.thidua.awards.council;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CouncilMemberRepository extends CrudRepository<CouncilMember, Long> {

    List<CouncilMember> findByCouncilIdOrderById(String councilId);

    boolean existsByCouncilIdAndMemberId(String councilId, String memberId);

    long countByCouncilId(String councilId);
}
