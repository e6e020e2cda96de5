package org.thidua.units.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The year's head unit (trưởng khối/cụm) and deputy (phó khối/cụm) of a group; both must be active members. */
@Serdeable
public record LeadershipRequest(
        @Schema(description = "A member unit of the group") @NotBlank @Size(max = 36)
        String headUnitId,

        @Schema(description = "Another member unit; absent: no deputy") @Nullable @Size(max = 36)
        String deputyUnitId) {}
