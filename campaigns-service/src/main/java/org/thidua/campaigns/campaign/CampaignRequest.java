package org.thidua.campaigns.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.thidua.contracts.ReviewPeriod;

/** What the emulation office sends to create (or, while DRAFT, replace) a campaign. */
@Serdeable
public record CampaignRequest(
        @NotBlank
        @Size(max = 32)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "must be letters, digits, '.', '_' or '-'")
        String code,

        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 2000) String theme,
        @NotNull CampaignKind kind,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull LocalDate registrationDeadline,
        @NotNull @Valid ScopeRequest scope,
        @NotEmpty @Size(max = 2) List<@Valid @NotNull PeriodRequest> periods,
        @Nullable @Size(max = 500) List<@Valid @NotNull CriterionRequest> criteria) {

    /** Every active unit ({@code allUnits}), or the units of the listed groups of the year. */
    @Serdeable
    public record ScopeRequest(
            boolean allUnits, @Nullable @Size(max = 200) List<@NotBlank String> groupIds) {}

    @Serdeable
    public record PeriodRequest(
            @NotNull ReviewPeriod period,
            @NotNull LocalDate endDate,
            @NotNull LocalDate submissionDeadline) {}

    @Serdeable
    public record CriterionRequest(
            @NotBlank @Size(max = 255) String group,

            @NotBlank
            @Size(max = 32)
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "must be letters, digits, '.', '_' or '-'")
            String code,

            @NotBlank @Size(max = 1000) String name,

            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000")
            BigDecimal maxPoints,

            @NotNull CriterionTarget appliesTo) {}
}
