package org.thidua.units.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A unit in a group of one year. {@code blockYear} is the year for a block and null for a cluster: a unique key on
 * (unit, blockYear) lets the database, too, refuse a second block for a unit in one year.
 */
@MappedEntity("group_membership")
public record GroupMembership(
        @Id @GeneratedValue @Nullable Long id,
        String groupId,
        String unitId,
        int year,
        @Nullable Integer blockYear,
        Instant addedAt) {

    public static GroupMembership of(Group group, String unitId, Instant now) {
        return new GroupMembership(null, group.id(), unitId, group.year(), group.isBlock() ? group.year() : null, now);
    }
}
