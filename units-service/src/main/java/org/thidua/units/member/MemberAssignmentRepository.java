package org.thidua.units.member;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MemberAssignmentRepository extends CrudRepository<MemberAssignment, Long> {

    List<MemberAssignment> findByMemberIdOrderById(String memberId);

    Optional<MemberAssignment> findByMemberIdAndLeftAtIsNull(String memberId);
}
