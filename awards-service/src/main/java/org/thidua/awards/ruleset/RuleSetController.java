package org.thidua.awards.ruleset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.thidua.awards.Dates;
import org.thidua.awards.rules.Condition;
import org.thidua.awards.rules.RuleSet;
import org.thidua.awards.rules.RuleSetReader;
import org.thidua.awards.rules.Title;
import org.thidua.security.Callers;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

/**
 * Rule sets as data, the title catalogue of the set in force, and the base salary schedule: ADMIN loads sets and
 * salaries, any role reads.
 */
@Secured(Roles.ADMIN)
@Controller("/api/v1")
@Tag(name = "rule sets")
@Validated
@ProblemAnswers
public class RuleSetController {

    private final RuleCatalogue catalogue;
    private final Callers callers;

    RuleSetController(RuleCatalogue catalogue, Callers callers) {
        this.catalogue = catalogue;
        this.callers = callers;
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/rule-sets")
    @Operation(summary = "Every rule set with its state", description = """
            Every stored set by effective date, superseded and retired ones included (what was decided under them \
            names them). state: IN_FORCE (the version that applies to its period, effectiveFrom to effectiveTo), \
            SUPERSEDED (corrected by supersededBy, for the same period), RETIRED (never used, withdrawn by the \
            office). ADR 84.""")
    List<RuleSetSummary> list() {
        RuleSetVersions versions = catalogue.versions();
        return catalogue.rows().stream().map(row -> summary(row, versions)).toList();
    }

    /** The rule set's definition exactly as it was loaded. */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get(uri = "/rule-sets/{id}", produces = MediaType.APPLICATION_JSON)
    @ApiResponse(
            responseCode = "200",
            description = "The rule set as it was loaded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = "object",
                                            additionalProperties = Schema.AdditionalPropertiesValue.TRUE)))
    String definition(String id) {
        return catalogue.row(id).definition();
    }

    @Post(uri = "/rule-sets", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Load a rule set", description = """
            The body is a rule set as in src/main/resources/rulesets/: id, effectiveFrom, titles with their \
            conditions from the fixed vocabulary (MinimumTaskRating, SameYearTitle, ConsecutiveYears, \
            ShareOfMembersHolding, AllMembersCompletedTasks, NoDisciplineAtOrAbove, RankInGroupAtMost, \
            RecognisedInitiative, CapShareOfTitleHolders, AnyOf). 400 lists every error; 409 when the id is taken \
            or a set in force takes effect that day. A loaded set is never changed. To correct a set, load a new \
            version for the same effectiveFrom naming it in supersedes, with a reason: 400 naming reason, \
            supersedes or effectiveFrom when one is missing or differs; 409 (currentState) when that set is already \
            SUPERSEDED or RETIRED. The correction is audited (RULE_SET_SUPERSEDED); decisions already issued keep \
            their set and amounts (ADR 84).""")
    @Status(HttpStatus.CREATED)
    HttpResponse<RuleSetSummary> load(@Body String definition) {
        RuleSetRow row = catalogue.load(definition, callers.current().subject());
        return HttpResponse.created(summary(row, catalogue.versions()), URI.create("/api/v1/rule-sets/" + row.id()));
    }

    @Post("/rule-sets/{id}/retire")
    @Operation(summary = "Retire a rule set that was never used", description = """
            A set no evaluation, nomination, decision or award refers to is retired: kept and readable, never in \
            force again (a retired correction puts the set it corrected back in force). 400 without a reason; 409 \
            (currentState IN_USE, naming what uses it; SUPERSEDED; RETIRED) otherwise. Audited \
            (RULE_SET_RETIRED). ADR 84.""")
    RuleSetSummary retire(String id, @Body @Valid RetireRequest request) {
        RuleSetRow row = catalogue.retire(
                id,
                ProblemException.requireReason(request.reason()),
                callers.current().subject());
        return summary(row, catalogue.versions());
    }

    /**
     * The titles and forms of the rule set in force on {@code date} (default today), or of the set {@code ruleSetId}
     * whatever its state.
     */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/titles{?date,ruleSetId}")
    @Operation(summary = "The titles of a rule set", description = """
            The titles of the set in force on date (default today) or, with ruleSetId, of that set whatever its \
            state (404 when there is none). Each title says its line (titles rewarding the same achievement: one \
            bonus, the highest), whether the engine proposes it (automatic) and what of it is unverified.""")
    TitleCatalogue titles(@Nullable @QueryValue LocalDate date, @Nullable @QueryValue String ruleSetId) {
        RuleSet set;
        if (ruleSetId != null) {
            set = catalogue
                    .versions()
                    .set(ruleSetId)
                    .orElseThrow(() -> ProblemException.notFound("Rule set", ruleSetId));
        } else {
            set = catalogue.inForce(date == null ? Dates.today() : date);
        }
        return new TitleCatalogue(
                set.id(),
                set.effectiveFrom(),
                set.titles().stream()
                        .map(t -> TitleView.of(t, set.citations().getOrDefault(t.code(), List.of())))
                        .toList());
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/base-salaries")
    List<BaseSalaryRow> baseSalaries() {
        return catalogue.baseSalary().entries().stream()
                .map(e -> new BaseSalaryRow(e.effectiveFrom(), e.amount(), null))
                .toList();
    }

    @Post("/base-salaries")
    @Status(HttpStatus.CREATED)
    HttpResponse<BaseSalaryRow> addBaseSalary(@Body @Valid BaseSalaryRequest request) {
        return HttpResponse.created(
                catalogue.addBaseSalary(request.effectiveFrom(), request.amount(), request.source()));
    }

    private static RuleSetSummary summary(RuleSetRow row, RuleSetVersions versions) {
        RuleSet set = RuleSetReader.read(row.definition());
        return new RuleSetSummary(
                row.id(),
                RuleCatalogue.eventId(row.id()),
                row.effectiveFrom(),
                versions.effectiveTo(row.id()).orElse(null),
                row.builtIn(),
                set.titles().stream().map(Title::code).toList(),
                versions.state(row.id()).orElse(RuleSetVersions.State.IN_FORCE),
                set.supersedes(),
                versions.supersededBy(row.id()).orElse(null),
                set.reason(),
                set.source(),
                set.unverified(),
                set.disclosure().workingDays(),
                set.disclosure().source(),
                row.retiredAt());
    }

    /**
     * {@code eventId}: how events (e.g. NominationProposed.ruleSetId) name the set. {@code state}: IN_FORCE (the
     * version that applies to its period, {@code effectiveFrom} to {@code effectiveTo}, open-ended when null),
     * SUPERSEDED (corrected by {@code supersededBy}), RETIRED (at {@code retiredAt}). {@code supersedes} and
     * {@code reason}: the set this one corrects and why. {@code source}: the law, decree and circular it encodes;
     * {@code unverified}: what of it could not be checked, for a person to read. {@code disclosureWorkingDays}: how
     * long a public disclosure lasts under it, as {@code disclosureSource} says.
     */
    @Serdeable
    public record RuleSetSummary(
            String id,
            String eventId,
            LocalDate effectiveFrom,
            @Nullable LocalDate effectiveTo,
            boolean builtIn,
            List<String> titleCodes,
            RuleSetVersions.State state,
            @Nullable String supersedes,
            @Nullable String supersededBy,
            @Nullable String reason,
            @Nullable String source,
            @Nullable String unverified,
            int disclosureWorkingDays,
            @Nullable String disclosureSource,
            @Nullable Instant retiredAt) {}

    /** Why the office retires a set (kept in the audit). */
    @Serdeable
    public record RetireRequest(@Nullable @Size(max = 2000) String reason) {}

    @Serdeable
    public record TitleCatalogue(String ruleSetId, LocalDate effectiveFrom, List<TitleView> titles) {}

    @Serdeable
    /**
     * {@code line}: titles of one line reward the same achievement (one bonus, the highest; null: alone in its line).
     * {@code automatic}: false for a form only the office proposes by hand. {@code unverified}: what of this title
     * could not be checked against the official text.
     */
    public record TitleView(
            String code,
            String nameVi,
            @Nullable String nameEn,
            String kind,
            @Nullable String level,
            BigDecimal bonusMultiple,
            int councilThresholdPercent,
            List<String> conditions,
            List<String> citations,
            @Nullable String line,
            boolean automatic,
            @Nullable String unverified) {

        static TitleView of(Title t, List<String> citations) {
            return new TitleView(
                    t.code(),
                    t.nameVi(),
                    t.nameEn(),
                    t.kind().name(),
                    t.level(),
                    t.bonusMultiple(),
                    t.councilThresholdPercent(),
                    t.conditions().stream().map(Condition::describe).toList(),
                    citations,
                    t.line(),
                    t.automatic(),
                    t.unverified());
        }
    }

    @Serdeable
    public record BaseSalaryRequest(
            @NotNull LocalDate effectiveFrom,

            @NotNull @DecimalMin("1") @Digits(integer = 15, fraction = 0)
            BigDecimal amount,

            @Nullable @Size(max = 500) String source) {}
}
