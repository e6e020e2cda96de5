package org.thidua.units.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.thidua.units.text.EmailAddress;
import org.thidua.units.text.EmailAddresses;

/** One contact of a unit. */
@Serdeable
public record ContactRequest(
        @Schema(example = "thiduakhenthuong@quochoi.vn") @NotBlank @Size(max = EmailAddresses.MAX_LENGTH) @EmailAddress
        String email,

        @Schema(
                allowableValues = {"HEAD", "EMULATION_OFFICER", "GENERAL"},
                description = "HEAD: head of the unit; EMULATION_OFFICER: officer in charge of emulation (cán bộ thi "
                        + "đua); GENERAL: the unit's mailbox")
        @NotBlank
        @Pattern(regexp = ROLES, message = "must be HEAD, EMULATION_OFFICER or GENERAL")
        String role,

        @Schema(example = "Nguyễn Thị Hương") @Nullable @Size(max = 255)
        String name) {

    public static final String ROLES = "HEAD|EMULATION_OFFICER|GENERAL";
}
