package org.thidua.units.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A unit in a group, with what it is in the group that year. */
@Serdeable
public record GroupMemberResponse(
        String unitId,
        String code,
        String name,
        @Nullable String shortName,
        boolean active,

        @Schema(allowableValues = {"HEAD", "DEPUTY", "MEMBER"})
        String role,

        Instant addedAt) {}
