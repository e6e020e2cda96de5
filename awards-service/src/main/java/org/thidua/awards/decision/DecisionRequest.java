package org.thidua.awards.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An ADMIN issues a decision over DISCLOSED nominations whose disclosure has ended. {@code organisation}: the code in
 * the number, e.g. VPQH for 15/QĐ-VPQH. Who issues it is the token's subject (ADR 40). {@code signedOn}: the day it
 * was signed (default today, Vietnam; not in the future nor before 2000): the rule set and base salary of that day
 * apply, and the number is of that day's year (ADR 85).
 */
@Serdeable
public record DecisionRequest(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,31}", message = "must be an organisation code such as VPQH")
        String organisation,

        @NotNull @Valid Signer signer,
        @NotEmpty @Size(max = 5000) List<@NotBlank String> nominationIds,
        @Nullable LocalDate signedOn) {

    /** The earliest day a decision may be signed on: anything earlier is a typing mistake. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    @Serdeable
    public record Signer(
            @NotBlank @Size(max = 255) String name,
            @NotBlank @Size(max = 255) String position) {}
}
