package org.thidua.awards.ruleset;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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
import org.thidua.awards.Dates;
import org.thidua.awards.rules.Condition;
import org.thidua.awards.rules.RuleSet;
import org.thidua.awards.rules.RuleSetReader;
import org.thidua.awards.rules.Title;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;

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

    RuleSetController(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/rule-sets")
    List<RuleSetSummary> list() {
        return catalogue.rows().stream().map(RuleSetController::summary).toList();
    }

    /** The rule set's definition exactly as it was loaded. */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get(uri = "/rule-sets/{id}", produces = MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "200", description = "The rule set as it was loaded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object",
                    additionalProperties = Schema.AdditionalPropertiesValue.TRUE)))
    String definition(String id) {
        return catalogue.row(id).definition();
    }

    @Post(uri = "/rule-sets", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Load a rule set", description = """
            The body is a rule set as in src/main/resources/rulesets/: id, effectiveFrom, titles with their \
            conditions from the fixed vocabulary (MinimumTaskRating, SameYearTitle, ConsecutiveYears, \
            ShareOfMembersHolding, AllMembersCompletedTasks, NoDisciplineAtOrAbove, RankInGroupAtMost, \
            RecognisedInitiative, CapShareOfTitleHolders, AnyOf). 400 lists every error; 409 when the id or the \
            effective date is taken. A loaded set is never changed.""")
    @Status(HttpStatus.CREATED)
    HttpResponse<RuleSetSummary> load(@Body String definition) {
        RuleSetRow row = catalogue.load(definition);
        return HttpResponse.created(summary(row), URI.create("/api/v1/rule-sets/" + row.id()));
    }

    /** The titles and forms of the rule set in force on {@code date} (default today). */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/titles{?date}")
    TitleCatalogue titles(@Nullable @QueryValue LocalDate date) {
        LocalDate on = date == null ? Dates.today() : date;
        RuleSet set = catalogue.inForce(on);
        return new TitleCatalogue(set.id(), set.effectiveFrom(), set.titles().stream()
                .map(t -> TitleView.of(t, set.citations().getOrDefault(t.code(), List.of()))).toList());
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/base-salaries")
    List<BaseSalaryRow> baseSalaries() {
        return catalogue.baseSalary().entries().stream()
                .map(e -> new BaseSalaryRow(e.effectiveFrom(), e.amount(), null)).toList();
    }

    @Post("/base-salaries")
    @Status(HttpStatus.CREATED)
    HttpResponse<BaseSalaryRow> addBaseSalary(@Body @Valid BaseSalaryRequest request) {
        return HttpResponse.created(catalogue.addBaseSalary(request.effectiveFrom(), request.amount(),
                request.source()));
    }

    private static RuleSetSummary summary(RuleSetRow row) {
        RuleSet set = RuleSetReader.read(row.definition());
        return new RuleSetSummary(row.id(), RuleCatalogue.eventId(row.id()), row.effectiveFrom(), row.builtIn(),
                set.titles().stream().map(Title::code).toList());
    }

    @Serdeable
    /** {@code eventId}: how events (e.g. NominationProposed.ruleSetId) name the set. */
    public record RuleSetSummary(String id, String eventId, LocalDate effectiveFrom, boolean builtIn,
            List<String> titleCodes) {
    }

    @Serdeable
    public record TitleCatalogue(String ruleSetId, LocalDate effectiveFrom, List<TitleView> titles) {
    }

    @Serdeable
    public record TitleView(String code, String nameVi, String nameEn, String kind, String level,
            BigDecimal bonusMultiple, int councilThresholdPercent, List<String> conditions, List<String> citations) {

        static TitleView of(Title t, List<String> citations) {
            return new TitleView(t.code(), t.nameVi(), t.nameEn(), t.kind().name(), t.level(), t.bonusMultiple(),
                    t.councilThresholdPercent(), t.conditions().stream().map(Condition::describe).toList(), citations);
        }
    }

    @Serdeable
    public record BaseSalaryRequest(@NotNull LocalDate effectiveFrom,
            @NotNull @DecimalMin("1") @Digits(integer = 15, fraction = 0) BigDecimal amount,
            @Nullable @Size(max = 500) String source) {
    }
}
