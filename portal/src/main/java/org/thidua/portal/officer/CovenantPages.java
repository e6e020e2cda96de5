package org.thidua.portal.officer;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thidua.portal.services.CampaignsClient;
import org.thidua.portal.services.UnitsClient;
import org.thidua.portal.signin.Person;
import org.thidua.portal.web.FormErrors;

/** A group's covenant (giao ước thi đua), as its e-mail links it (ADR 31): its text, who signed, and signing it. */
@Produces(MediaType.TEXT_HTML)
@Controller("/campaigns/{campaignId}/covenants/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class CovenantPages {

    private final OfficerCampaigns campaigns;
    private final CampaignsClient campaignReads;
    private final UnitsClient units;

    CovenantPages(OfficerCampaigns campaigns, CampaignsClient campaignReads, UnitsClient units) {
        this.campaigns = campaigns;
        this.campaignReads = campaignReads;
        this.units = units;
    }

    @Get
    @View("officer/covenant")
    Map<String, Object> covenant(String campaignId, String id, Authentication authentication) {
        return page(campaignId, id, Person.of(authentication));
    }

    @Secured("UNIT_OFFICER")
    @Post("/sign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> sign(String campaignId, String id, Authentication authentication) {
        Person me = Person.of(authentication);
        try {
            campaigns.sign(campaignId, id, Map.of("unitId", me.unitId()));
            return HttpResponse.seeOther(URI.create("/campaigns/" + campaignId + "/covenants/" + id));
        } catch (HttpClientResponseException refusal) {
            return FormErrors.again(refusal, "officer/covenant", page(campaignId, id, me), Map.of());
        }
    }

    private Map<String, Object> page(String campaignId, String id, Person me) {
        OfficerCampaigns.Covenant covenant = campaigns.covenant(campaignId, id);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("covenant", covenant);
        model.put("campaign", campaignReads.campaign(campaignId));
        List<Map<String, Object>> parties = new ArrayList<>();
        for (OfficerCampaigns.Party party : covenant.parties()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", units.unit(party.unitId()).name());
            row.put("signedAt", party.signedAt());
            parties.add(row);
        }
        model.put("parties", parties);
        boolean party = me.isOfficer()
                && covenant.parties().stream().anyMatch(p -> p.unitId().equals(me.unitId()));
        model.put("mySignature", party ? covenant.signedBy(me.unitId()) : null);
        model.put("canSign", party && covenant.signedBy(me.unitId()) == null && "OPEN".equals(covenant.state()));
        return model;
    }
}
