package org.thidua.awards.nomination;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.thidua.contracts.RecipientKind;

/**
 * A manual nomination for an extraordinary achievement, with its grounds. Who proposes it is the caller's token's
 * subject, not a field (ADR 40).
 */
@Serdeable
public record NominationRequest(
        @Min(2000) @Max(2100) int year,

        @NotBlank @Pattern(regexp = NominationRequest.CODE, message = "must be a title code such as CSTDCS")
        String titleCode,

        @NotNull RecipientKind recipientKind,

        @NotBlank @Pattern(regexp = NominationRequest.UUID, message = "must be a UUID")
        String unitId,

        @Nullable @Pattern(regexp = NominationRequest.UUID, message = "must be a UUID")
        String memberId,

        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 2000) String> grounds) {

    public static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    public static final String CODE = "[A-Z][A-Z0-9_]{0,63}";
}
