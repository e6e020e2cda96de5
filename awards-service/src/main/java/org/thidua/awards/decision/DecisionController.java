package org.thidua.awards.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.thidua.awards.Dates;
import org.thidua.awards.registry.AwardRepository;
import org.thidua.awards.registry.AwardView;
import org.thidua.awards.rules.RuleSet;
import org.thidua.awards.ruleset.RuleCatalogue;
import org.thidua.security.Callers;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

/** ADMIN issues decisions and revokes awards, as the token's subject; any role reads. */
@Secured(Roles.ADMIN)
@Controller("/api/v1/decisions")
@Tag(name = "decisions")
@Validated
@ProblemAnswers
public class DecisionController {

    private final IssuingDecision issuing;
    private final RevokingAward revoking;
    private final DecisionNumbers numbers;
    private final DecisionRepository decisions;
    private final AwardRepository awards;
    private final Callers callers;
    private final RuleCatalogue catalogue;

    DecisionController(
            IssuingDecision issuing,
            RevokingAward revoking,
            DecisionNumbers numbers,
            DecisionRepository decisions,
            AwardRepository awards,
            Callers callers,
            RuleCatalogue catalogue) {
        this.catalogue = catalogue;
        this.issuing = issuing;
        this.revoking = revoking;
        this.numbers = numbers;
        this.decisions = decisions;
        this.awards = awards;
        this.callers = callers;
    }

    @Post
    @Operation(summary = "Issue a decision (ADMIN)", description = """
            Over DISCLOSED nominations that have no open objection (422 otherwise; 409 naming the state of one not \
            DISCLOSED), signed on signedOn (default today, Vietnam; 400 naming it when in the future or before \
            2000; 422 naming it, with the dates, when on or before a nomination's disclosure end or before its \
            council's session, or when no rule set or base salary is in force that day). Titles are checked and \
            bonuses computed with the rule set and base salary in force on signedOn, kept on the decision \
            (ruleSetId, baseSalary, per award bonusMultiple and bonusNote) and never recomputed; a recipient \
            reaching several titles of one line in a year is paid once, the highest (ADR 85). Numbered \
            <seq>/QĐ-<organisation>, consecutive per organisation and year of signedOn; publishes \
            thidua.award.decided.v1.""")
    @Status(HttpStatus.CREATED)
    HttpResponse<DecisionResponse> issue(@Body @Valid DecisionRequest request) {
        LocalDate signedOn = IssuingDecision.signedOn(request, Dates.today());
        numbers.ensureCounter(request.organisation(), signedOn.getYear());
        String issuedBy = callers.current().subject();
        Decision decision = ProblemException.duplicateOnUniqueKey(
                "nominationIds",
                "One of these titles is already " + "awarded to its recipient for that year",
                () -> issuing.issue(request, signedOn, issuedBy));
        return HttpResponse.created(view(decision), URI.create("/api/v1/decisions/" + decision.id()));
    }

    /** An organisation's decisions of a year, in number order. */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get
    List<DecisionResponse> list(@QueryValue String organisation, @QueryValue int year) {
        return decisions.findByOrganisationAndYearOrderBySeq(organisation, year).stream()
                .map(this::view)
                .toList();
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{id}")
    DecisionResponse get(String id) {
        return view(decisions.findById(id).orElseThrow(() -> ProblemException.notFound("Decision", id)));
    }

    @Post("/{id}/awards/{awardId}/revoke")
    AwardView revoke(String id, String awardId, @Body @Valid RevocationRequest request) {
        return AwardView.of(revoking.revoke(id, awardId, request.reason()));
    }

    private DecisionResponse view(Decision d) {
        return new DecisionResponse(
                d.id(),
                d.number(),
                d.organisation(),
                d.year(),
                d.seq(),
                d.decisionDate(),
                new DecisionRequest.Signer(d.signerName(), d.signerPosition()),
                d.issuedBy(),
                awards.findByDecisionIdOrderById(d.id()).stream()
                        .map(AwardView::of)
                        .toList(),
                d.createdAt(),
                d.ruleSetId(),
                d.ruleSetId() == null
                        ? null
                        : catalogue
                                .ruleSets()
                                .byId(d.ruleSetId())
                                .map(RuleSet::source)
                                .orElse(null),
                d.baseSalary());
    }

    /**
     * A decision as issued. {@code decisionDate}: the day it was signed. {@code ruleSetId} (with its
     * {@code ruleSetSource}, the law and decrees it encodes) and {@code baseSalary}: what its bonuses were computed
     * with, kept as issued; null on decisions issued before issue 16.
     */
    @Serdeable
    public record DecisionResponse(
            String id,
            String number,
            String organisation,
            int year,
            int seq,
            LocalDate decisionDate,
            DecisionRequest.Signer signer,
            String issuedBy,
            List<AwardView> awards,
            Instant createdAt,
            @Nullable String ruleSetId,
            @Nullable String ruleSetSource,
            @Nullable BigDecimal baseSalary) {}
}
