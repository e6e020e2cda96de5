package org.thidua.units.group;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface GroupMembershipRepository extends CrudRepository<GroupMembership, Long> {

    List<GroupMembership> findByGroupIdOrderById(String groupId);

    List<GroupMembership> findByGroupIdIn(Collection<String> groupIds);

    /** The blocks these units are in during {@code year}. */
    List<GroupMembership> findByUnitIdInAndBlockYear(Collection<String> unitIds, Integer blockYear);

    /** Every group the unit is or was in, any year: whose reviewers read its data (ADR 65). */
    List<GroupMembership> findByUnitId(String unitId);

    /** Every block seat of these units, any year. */
    List<GroupMembership> findByUnitIdInAndBlockYearIsNotNull(Collection<String> unitIds);
}
