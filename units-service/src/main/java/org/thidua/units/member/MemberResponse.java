package org.thidua.units.member;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberResponse(
        String id,

        @Schema(description = "The unit the member works in, or last worked in when active is false")
        String unitId,

        String fullName,
        @Nullable String position,
        @Nullable String email,

        @Schema(description = "false once the member left (and did not move to another unit)")
        boolean active,

        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "Every stay in a unit, oldest first (on single reads only)") @Nullable
        List<Stay> history) {

    @Serdeable
    public record Stay(
            String unitId, Instant joinedAt, @Nullable Instant leftAt) {}

    static MemberResponse of(Member member) {
        return of(member, null);
    }

    static MemberResponse of(Member member, List<MemberAssignment> assignments) {
        return new MemberResponse(
                member.id(),
                member.unitId(),
                member.fullName(),
                member.position(),
                member.email(),
                member.active(),
                member.createdAt(),
                member.updatedAt(),
                assignments == null
                        ? null
                        : assignments.stream()
                                .map(a -> new Stay(a.unitId(), a.joinedAt(), a.leftAt()))
                                .toList());
    }
}
