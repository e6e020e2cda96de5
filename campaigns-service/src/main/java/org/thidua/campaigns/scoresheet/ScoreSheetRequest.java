package org.thidua.campaigns.scoresheet;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.Discipline;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.InitiativeLevel;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.TaskRating;

/**
 * A unit's self-assessment: one entry per criterion and, at year end, its own task rating, its members' outcomes and
 * the active members it leaves out, each with the reason ({@code memberExclusions}); submitted, the year-end sheet
 * covers every active member of the unit.
 */
@Serdeable
public record ScoreSheetRequest(
        @NotBlank String registrationId,
        @NotNull @Size(max = 500) List<@Valid @NotNull Entry> entries,
        @Nullable TaskRating unitTaskRating,
        @Nullable @Size(max = 5000) List<@Valid @NotNull Outcome> memberOutcomes,
        @Nullable @Size(max = 5000) List<@Valid @NotNull Exclusion> memberExclusions) {

    /** Points for one criterion (between 0 and its maximum), links to the evidence, a note. */
    @Serdeable
    public record Entry(
            @NotBlank @Size(max = 32) String criterionCode,

            @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2)
            BigDecimal points,

            @Nullable @Size(max = 50) List<@NotBlank @EvidenceLink String> evidence,
            @Nullable @Size(max = 2000) String note) {}

    /**
     * One member's year-end outcome; {@code score}: the member's year-end score where the unit gives one, between 0
     * and the sheet's maximum (the sum of the campaign's criteria maxima). It orders the candidates of a capped title
     * in awards-service (ADR 87).
     */
    @Serdeable
    public record Outcome(
            @NotBlank
            @Pattern(
                    regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                    message = "must be a UUID")
            String memberId,

            @NotNull TaskRating taskRating,
            @Nullable @Valid Initiative initiative,
            @NotNull Discipline discipline,

            @Nullable @DecimalMin("0") @Digits(integer = 7, fraction = 2)
            BigDecimal score) {

        @Creator
        public Outcome {}

        public Outcome(String memberId, TaskRating taskRating, Initiative initiative, Discipline discipline) {
            this(memberId, taskRating, initiative, discipline, null);
        }
    }

    /** An active member the year-end sheet leaves out, and why (e.g. joined after 1 October). */
    @Serdeable
    public record Exclusion(
            @NotBlank
            @Pattern(
                    regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                    message = "must be a UUID")
            String memberId,

            @NotBlank @Size(max = 2000) String reason) {}

    /** An initiative (sáng kiến) the member put forward: recognised or not, its title, its reach. */
    @Serdeable
    public record Initiative(
            boolean recognised,
            @Nullable @Size(max = 500) String title,
            @Nullable InitiativeLevel level) {}

    /** The editable part of a DRAFT sheet. */
    @Serdeable
    public record Change(
            @NotNull @Size(max = 500) List<@Valid @NotNull Entry> entries,
            @Nullable TaskRating unitTaskRating,
            @Nullable @Size(max = 5000) List<@Valid @NotNull Outcome> memberOutcomes,
            @Nullable @Size(max = 5000) List<@Valid @NotNull Exclusion> memberExclusions) {}

    /** The reviewer's points for some criteria; criteria not listed keep the unit's own points. */
    @Serdeable
    public record Review(@NotNull @Size(max = 500) List<@Valid @NotNull ReviewedEntry> entries) {}

    @Serdeable
    public record ReviewedEntry(
            @NotBlank @Size(max = 32) String criterionCode,

            @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2)
            BigDecimal points,

            @Nullable @Size(max = 2000) String note) {}
}
