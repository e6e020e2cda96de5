package org.thidua.campaigns.covenant;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.thidua.campaigns.campaign.Campaigns;
import org.thidua.campaigns.scope.UnitReads;
import org.thidua.security.Callers;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

@Secured(Roles.ADMIN)
@Controller("/api/v1/campaigns/{campaignId}/covenants")
@Tag(name = "covenants")
@ProblemAnswers
public class CovenantController {

    private final OpeningCovenant opening;
    private final SigningCovenant signing;
    private final CovenantRepository covenants;
    private final CovenantPartyRepository parties;
    private final Campaigns campaigns;
    private final Callers callers;
    private final UnitReads reads;

    CovenantController(
            OpeningCovenant opening,
            SigningCovenant signing,
            CovenantRepository covenants,
            CovenantPartyRepository parties,
            Campaigns campaigns,
            Callers callers,
            UnitReads reads) {
        this.opening = opening;
        this.signing = signing;
        this.covenants = covenants;
        this.parties = parties;
        this.campaigns = campaigns;
        this.callers = callers;
        this.reads = reads;
    }

    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<CovenantResponse> open(String campaignId, @Body @Valid CovenantRequest request) {
        Covenant covenant = ProblemException.duplicateOnUniqueKey(
                "groupId",
                "The group already has a covenant in this campaign",
                () -> opening.open(campaignId, request));
        return HttpResponse.created(
                view(covenant), URI.create("/api/v1/campaigns/" + campaignId + "/covenants/" + covenant.id()));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get
    List<CovenantResponse> list(String campaignId) {
        campaigns.get(campaignId);
        UnitReads.Readable readable = reads.readable();
        return covenants.findByCampaignIdOrderByOpenedAt(campaignId).stream()
                .map(this::view)
                .filter(c -> readable.includesAny(
                        c.parties().stream().map(CovenantResponse.Party::unitId).toList()))
                .toList();
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{id}")
    CovenantResponse get(String campaignId, String id) {
        CovenantResponse covenant = covenants
                .findById(id)
                .filter(c -> c.campaignId().equals(campaignId))
                .map(this::view)
                .orElseThrow(() -> ProblemException.notFound("Covenant", id));
        reads.requireReadableAny(
                covenant.parties().stream().map(CovenantResponse.Party::unitId).toList());
        return covenant;
    }

    /**
     * A unit signs (its officer, or ADMIN for it); 409 if it signed already. The last signature publishes
     * covenant.signed.
     */
    @Secured({Roles.ADMIN, Roles.UNIT_OFFICER})
    @Post("/{id}/sign")
    CovenantResponse sign(String campaignId, String id, @Body @Valid CovenantRequest.Signature signature) {
        callers.requireActingFor(signature.unitId());
        signing.sign(campaignId, id, signature.unitId());
        return get(campaignId, id);
    }

    private CovenantResponse view(Covenant covenant) {
        return CovenantResponse.of(covenant, parties.findByCovenantIdOrderByUnitId(covenant.id()));
    }
}
