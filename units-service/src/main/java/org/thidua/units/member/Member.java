package org.thidua.units.member;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A person of a unit (cán bộ, công chức, người lao động). {@code unitId} is the unit they work in, or last worked in
 * once they left ({@code active} false); {@link MemberAssignment}s keep where they were and when.
 */
@MappedEntity("member")
public record Member(
        @Id String id,
        String unitId,
        String fullName,
        @Nullable String position,
        @Nullable String email,
        boolean active,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt) {

    public boolean sameDetails(String otherName, String otherPosition, String otherEmail) {
        return fullName.equals(otherName)
                && Objects.equals(position, otherPosition)
                && Objects.equals(email, otherEmail);
    }

    public Member withDetails(String newName, String newPosition, String newEmail, Instant now) {
        return new Member(id, unitId, newName, newPosition, newEmail, active, version, createdAt, now);
    }

    /** The member, active, in {@code newUnitId}. */
    public Member movedTo(String newUnitId, Instant now) {
        return new Member(id, newUnitId, fullName, position, email, true, version, createdAt, now);
    }

    public Member left(Instant now) {
        return new Member(id, unitId, fullName, position, email, false, version, createdAt, now);
    }
}
