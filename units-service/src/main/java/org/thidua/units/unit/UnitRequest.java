package org.thidua.units.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an operator sends to register a unit. Text is stored as Unicode NFC. */
@Serdeable
public record UnitRequest(
        @Schema(description = "Unique, stable code; compared case-insensitively", example = "VPQH-TH")
        @NotBlank
        @Size(max = UnitConstraints.CODE_MAX)
        @Pattern(regexp = UnitConstraints.CODE_PATTERN, message = UnitConstraints.CODE_MESSAGE)
        String code,

        @Schema(example = "Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa") @NotBlank @Size(max = UnitConstraints.NAME_MAX)
        String name,

        @Schema(example = "VP Thanh Hóa") @Nullable @Size(max = UnitConstraints.SHORT_NAME_MAX)
        String shortName,

        @Schema(description = "Preferred language of notices; vi when absent")
        @Nullable
        @Pattern(regexp = UnitConstraints.LANGUAGE_PATTERN, message = UnitConstraints.LANGUAGE_MESSAGE)
        String language,

        @Schema(allowableValues = {"AGENCY", "DEPARTMENT", "PROVINCIAL_OFFICE"})
        @Nullable
        @Pattern(regexp = UnitConstraints.KIND_PATTERN, message = UnitConstraints.KIND_MESSAGE)
        String kind,

        @Schema(description = "Id of the unit this one belongs to; must be active") @Nullable @Size(max = 36)
        String parentUnitId,

        @Schema(example = "Thanh Hóa") @Nullable @Size(max = UnitConstraints.PROVINCE_MAX)
        String province) {

    /** The first version of this request had only code, name, short name and language. */
    public UnitRequest(String code, String name, String shortName, String language) {
        this(code, name, shortName, language, null, null, null);
    }
}
