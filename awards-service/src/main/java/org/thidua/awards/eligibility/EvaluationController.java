package org.thidua.awards.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.thidua.awards.council.AwardsReads;
import org.thidua.awards.rules.ConditionOutcome;
import org.thidua.awards.rules.Eligibility;
import org.thidua.persistence.JsonColumns;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

/**
 * The evaluations of finalized year-end reviews: every result, with each condition that passed or failed. Any role
 * reads; the consumer alone writes them (anything added here is ADMIN's unless it says otherwise).
 */
@Secured(Roles.ADMIN)
@Controller("/api/v1/evaluations")
@Tag(name = "eligibility")
@ProblemAnswers
@SerdeImport(Eligibility.class)
@SerdeImport(ConditionOutcome.class)
public class EvaluationController {

    private final EvaluationRepository evaluations;
    private final AwardsReads reads;

    EvaluationController(EvaluationRepository evaluations, AwardsReads reads) {
        this.evaluations = evaluations;
        this.reads = reads;
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get
    @Operation(summary = "Evaluations of a campaign's year-end review (without their results)")
    List<EvaluationResponse> list(@QueryValue String campaignId) {
        return evaluations.findByCampaignIdOrderByEvaluatedAt(campaignId).stream()
                .map(e -> EvaluationResponse.of(e, null))
                .toList();
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{id}")
    @Operation(
            summary = "One evaluation with every candidate's result for every title",
            description = "The "
                    + "office reads every result; a unit's officer those of its unit, a reviewer those of its groups' units, "
                    + "anyone else none (ADR 65).")
    EvaluationResponse get(String id) {
        Evaluation e = evaluations.findById(id).orElseThrow(() -> ProblemException.notFound("Evaluation", id));
        Predicate<String> readable = reads.readableUnit();
        return EvaluationResponse.of(
                e,
                JsonColumns.readList(e.results(), Eligibility.class).stream()
                        .filter(result -> readable.test(result.unitId()))
                        .toList());
    }

    /** One evaluation; {@code results} only when one evaluation is read. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvaluationResponse(
            String id,
            String campaignId,
            int year,
            LocalDate periodEndDate,
            String ruleSetId,
            Instant evaluatedAt,
            @Nullable List<Eligibility> results) {

        static EvaluationResponse of(Evaluation e, @Nullable List<Eligibility> results) {
            return new EvaluationResponse(
                    e.id(), e.campaignId(), e.year(), e.periodEndDate(), e.ruleSetId(), e.evaluatedAt(), results);
        }
    }
}
