package org.thidua.campaigns.scope;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.thidua.campaigns.campaign.Campaign;
import org.thidua.campaigns.campaign.Campaigns;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;

@Secured(Roles.ADMIN)
@Controller("/api/v1/campaigns/{campaignId}/scope")
@Tag(name = "campaigns")
@Validated
@ProblemAnswers
public class ScopeController {

    private final Campaigns campaigns;
    private final CampaignScope scope;

    ScopeController(Campaigns campaigns, CampaignScope scope) {
        this.campaigns = campaigns;
        this.scope = scope;
    }

    /** The active units in the campaign's scope now, by id (this service's projection of units and groups). */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("{?page,size}")
    ScopePage units(
            String campaignId,
            @QueryValue(defaultValue = "0") @Min(0) int page,
            @QueryValue(defaultValue = "100") @Min(1) @Max(5000) int size) {
        Campaign campaign = campaigns.get(campaignId);
        List<String> all = scope.units(campaign);
        int from = Math.min(all.size(), page * size);
        return new ScopePage(all.size(), all.subList(from, Math.min(all.size(), from + size)));
    }

    @Serdeable
    public record ScopePage(int total, List<String> unitIds) {}
}
