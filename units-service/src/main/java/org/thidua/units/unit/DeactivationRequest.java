package org.thidua.units.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Why a unit is deactivated, and optionally the version the decision was based on. */
@Serdeable
public record DeactivationRequest(
        @Schema(example = "Merged into Văn phòng Quốc hội") @Nullable @Size(max = UnitConstraints.REASON_MAX)
        String reason,

        @Schema(description = "When given, a stale version is a 409 stale-version problem") @Nullable @PositiveOrZero
        Long version) {}
