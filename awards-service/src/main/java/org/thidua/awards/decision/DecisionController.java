package org.thidua.awards.decision;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
import org.thidua.awards.Dates;
import org.thidua.awards.registry.AwardRepository;
import org.thidua.awards.registry.AwardView;
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

    DecisionController(IssuingDecision issuing, RevokingAward revoking, DecisionNumbers numbers,
                       DecisionRepository decisions, AwardRepository awards, Callers callers) {
        this.issuing = issuing;
        this.revoking = revoking;
        this.numbers = numbers;
        this.decisions = decisions;
        this.awards = awards;
        this.callers = callers;
    }

    @Post
    @Operation(summary = "Issue a decision (ADMIN)", description = """
            Over DISCLOSED nominations whose disclosure ended and that have no open objection (422 otherwise; 409 \
            naming the state of one not DISCLOSED). Numbered <seq>/QĐ-<organisation>, consecutive per organisation \
            and year, dated today; publishes thidua.award.decided.v1.""")
    @Status(HttpStatus.CREATED)
    HttpResponse<DecisionResponse> issue(@Body @Valid DecisionRequest request) {
        LocalDate today = Dates.today();
        numbers.ensureCounter(request.organisation(), today.getYear());
        String issuedBy = callers.current().subject();
        Decision decision = ProblemException.duplicateOnUniqueKey("nominationIds", "One of these titles is already "
                + "awarded to its recipient for that year", () -> issuing.issue(request, today, issuedBy));
        return HttpResponse.created(view(decision), URI.create("/api/v1/decisions/" + decision.id()));
    }

    /** An organisation's decisions of a year, in number order. */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get
    List<DecisionResponse> list(@QueryValue String organisation, @QueryValue int year) {
        return decisions.findByOrganisationAndYearOrderBySeq(organisation, year).stream().map(this::view).toList();
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
        return new DecisionResponse(d.id(), d.number(), d.organisation(), d.year(), d.seq(), d.decisionDate(),
                new DecisionRequest.Signer(d.signerName(), d.signerPosition()), d.issuedBy(),
                awards.findByDecisionIdOrderById(d.id()).stream().map(AwardView::of).toList(), d.createdAt());
    }

    @Serdeable
    public record DecisionResponse(String id, String number, String organisation, int year, int seq,
                                   LocalDate decisionDate, DecisionRequest.Signer signer, String issuedBy,
                                   List<AwardView> awards, Instant createdAt) {
    }
}
