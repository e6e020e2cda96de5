package org.thidua.awards.decision;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An ADMIN issues a decision over DISCLOSED nominations whose disclosure has ended. {@code organisation}: the code in
 * the number, e.g. VPQH for 15/QĐ-VPQH. Who issues it is the token's subject (ADR 40).
 */
@Serdeable
public record DecisionRequest(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,31}", message = "must be an organisation code such as VPQH")
        String organisation,
        @NotNull @Valid Signer signer,
        @NotEmpty @Size(max = 5000) List<@NotBlank String> nominationIds) {

    @Serdeable
    public record Signer(@NotBlank @Size(max = 255) String name, @NotBlank @Size(max = 255) String position) {
    }
}
