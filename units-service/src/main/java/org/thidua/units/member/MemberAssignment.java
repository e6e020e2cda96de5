package org.thidua.units.member;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A member's stay in one unit; {@code leftAt} is null while it lasts. */
@MappedEntity("member_assignment")
public record MemberAssignment(
        @Id @GeneratedValue @Nullable Long id,
        String memberId,
        String unitId,
        Instant joinedAt,
        @Nullable Instant leftAt) {

    public static MemberAssignment starting(String memberId, String unitId, Instant joinedAt) {
        return new MemberAssignment(null, memberId, unitId, joinedAt, null);
    }

    public MemberAssignment ended(Instant at) {
        return new MemberAssignment(id, memberId, unitId, joinedAt, at);
    }
}
