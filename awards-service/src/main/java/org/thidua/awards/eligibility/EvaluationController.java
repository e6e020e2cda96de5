package org.thidua.awards.eligibility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.thidua.awards.council.AwardsReads;
import org.thidua.messaging.JsonColumns;
import org.thidua.security.Roles;
import org.thidua.web.ProblemException;

/**
 * The evaluations of finalized year-end reviews: every result, with each condition that passed or failed. Any role
 * reads; the consumer alone writes them (anything added here is ADMIN's unless it says otherwise).
 */
@Secured(Roles.ADMIN)
@Controller("/api/v1/evaluations")
@Tag(name = "eligibility")
public class EvaluationController {

    private final EvaluationRepository evaluations;
    private final AwardsReads reads;

    EvaluationController(EvaluationRepository evaluations, AwardsReads reads) {
        this.evaluations = evaluations;
        this.reads = reads;
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluations of a campaign's year-end review (without their results)")
    String list(@QueryValue String campaignId) {
        List<Map<String, Object>> found = evaluations.findByCampaignIdOrderByEvaluatedAt(campaignId).stream()
                .map(EvaluationController::header).toList();
        return JsonColumns.write(found);
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One evaluation with every candidate's result for every title", description = "The "
            + "office reads every result; a unit's officer those of its unit, a reviewer those of its groups' units, "
            + "anyone else none (ADR 65).")
    String get(String id) {
        Evaluation e = evaluations.findById(id).orElseThrow(() -> ProblemException.notFound("Evaluation", id));
        Map<String, Object> body = header(e);
        Predicate<String> readable = reads.readableUnit();
        body.put("results", JsonColumns.readList(e.results(), Object.class).stream()
                .filter(result -> result instanceof Map<?, ?> fields
                        && readable.test(String.valueOf(fields.get("unitId"))))
                .toList());
        return JsonColumns.write(body);
    }

    private static Map<String, Object> header(Evaluation e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", e.id());
        body.put("campaignId", e.campaignId());
        body.put("year", e.year());
        body.put("periodEndDate", e.periodEndDate().toString());
        body.put("ruleSetId", e.ruleSetId());
        body.put("evaluatedAt", e.evaluatedAt().toString());
        return body;
    }
}
