package org.thidua.units.member;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.thidua.units.text.EmailAddress;
import org.thidua.units.text.EmailAddresses;

/** A member's details (a full replacement when updating: an absent optional field is cleared). */
@Serdeable
public record MemberRequest(
        @Schema(example = "Nguyễn Văn An") @NotBlank @Size(max = 255)
        String fullName,

        @Schema(example = "Chuyên viên chính") @Nullable @Size(max = 255)
        String position,

        @Schema(example = "an.nv@quochoi.vn") @Nullable @Size(max = EmailAddresses.MAX_LENGTH) @EmailAddress
        String email) {}
