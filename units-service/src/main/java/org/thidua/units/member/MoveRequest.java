package org.thidua.units.member;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where a member moves to. */
@Serdeable
public record MoveRequest(
        @Schema(description = "The unit the member moves to; must exist and be active") @NotBlank @Size(max = 36)
        String unitId) {}
