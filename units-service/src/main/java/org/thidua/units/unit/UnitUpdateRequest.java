package org.thidua.units.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A unit's details after the change (a full replacement: an absent optional field is cleared), and the version they
 * were based on.
 */
@Serdeable
public record UnitUpdateRequest(
        @Schema(
                description = "The unit's version this change is based on (from GET); a stale version is a 409 "
                        + "stale-version problem carrying currentVersion")
        @NotNull
        @PositiveOrZero
        Long version,

        @Schema(description = "Optional; when given it must be the unit's code, which never changes")
        @Nullable
        @Size(max = UnitConstraints.CODE_MAX)
        String code,

        @NotBlank @Size(max = UnitConstraints.NAME_MAX) String name,

        @Nullable @Size(max = UnitConstraints.SHORT_NAME_MAX)
        String shortName,

        @NotBlank @Pattern(regexp = UnitConstraints.LANGUAGE_PATTERN, message = UnitConstraints.LANGUAGE_MESSAGE)
        String language,

        @Schema(allowableValues = {"AGENCY", "DEPARTMENT", "PROVINCIAL_OFFICE"})
        @Nullable
        @Pattern(regexp = UnitConstraints.KIND_PATTERN, message = UnitConstraints.KIND_MESSAGE)
        String kind,

        @Nullable @Size(max = 36) String parentUnitId,
        @Nullable @Size(max = UnitConstraints.PROVINCE_MAX) String province) {}
