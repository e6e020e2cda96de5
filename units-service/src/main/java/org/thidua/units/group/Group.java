package org.thidua.units.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.Objects;
import org.thidua.contracts.groups.GroupCreated;

/**
 * A block (khối thi đua) or cluster (cụm thi đua) of one year, e.g. "Khối thi đua số III" of 2019. Its head unit
 * (trưởng khối/cụm) and deputy (phó khối/cụm) are that year's and rotate: next year's group names its own.
 */
@MappedEntity("unit_group")
public record Group(
        @Id String id,
        GroupCreated.Kind kind,
        int year,
        String code,
        String name,
        @Nullable String headUnitId,
        @Nullable String deputyUnitId,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt) {

    public boolean isBlock() {
        return kind == GroupCreated.Kind.BLOCK;
    }

    public boolean ledBy(String head, String deputy) {
        return Objects.equals(headUnitId, head) && Objects.equals(deputyUnitId, deputy);
    }

    public Group withLeadership(String head, String deputy, Instant now) {
        return new Group(id, kind, year, code, name, head, deputy, version, createdAt, now);
    }

    /** What a unit is in this group: HEAD, DEPUTY or MEMBER. */
    public String roleOf(String unitId) {
        if (unitId.equals(headUnitId)) {
            return "HEAD";
        }
        return unitId.equals(deputyUnitId) ? "DEPUTY" : "MEMBER";
    }
}
