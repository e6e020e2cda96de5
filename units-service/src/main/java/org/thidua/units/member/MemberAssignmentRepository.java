package org.thidua.units.member;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MemberAssignmentRepository extends CrudRepository<MemberAssignment, Long> {

    List<MemberAssignment> findByMemberIdOrderById(String memberId);

    Optional<MemberAssignment> findByMemberIdAndLeftAtIsNull(String memberId);
}
