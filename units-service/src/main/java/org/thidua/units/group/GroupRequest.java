package org.thidua.units.group;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.thidua.units.unit.UnitConstraints;

/** A block or cluster to create for one year. */
@Serdeable
public record GroupRequest(
        @Schema(
                allowableValues = {"BLOCK", "CLUSTER"},
                description = "BLOCK: khối thi đua; CLUSTER: cụm thi đua")
        @NotBlank
        @Pattern(regexp = "BLOCK|CLUSTER", message = "must be BLOCK or CLUSTER")
        String kind,

        @Schema(example = "2019") @NotNull @Min(2000) @Max(2100)
        Integer year,

        @Schema(description = "Unique within the year, compared case-insensitively", example = "KHOI-III")
        @NotBlank
        @Size(max = UnitConstraints.CODE_MAX)
        @Pattern(regexp = UnitConstraints.CODE_PATTERN, message = UnitConstraints.CODE_MESSAGE)
        String code,

        @Schema(example = "Khối thi đua số III") @NotBlank @Size(max = 255)
        String name) {}
