package org.thidua.units.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an operator sends to register a unit. */
@Serdeable
public record UnitRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "must be letters, digits, '.', '_' or '-'") String code,
        @NotBlank @Size(max = 255) String name,
        @Nullable @Size(max = 100) String shortName,
        @Nullable @Pattern(regexp = "vi|en", message = "must be vi or en") String language) {
}
