package org.thidua.portal.campaigns;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thidua.portal.services.CampaignsClient;
import org.thidua.portal.signin.Person;
import org.thidua.portal.web.Formats;

/** The campaigns a person may see, and one campaign's page with each role's sections. */
@Produces(MediaType.TEXT_HTML)
@Controller("/campaigns")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class CampaignPages {

    private final CampaignsClient campaigns;
    private final List<CampaignSection> sections;

    CampaignPages(CampaignsClient campaigns, List<CampaignSection> sections) {
        this.campaigns = campaigns;
        this.sections = sections;
    }

    /** The list; {@code q} finds a part of the title regardless of accents and case. */
    @Get("{?q}")
    @View("campaigns")
    Map<String, Object> list(@Nullable @QueryValue String q) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("q", q == null ? "" : q);
        model.put(
                "campaigns",
                campaigns.campaigns(null, null, 0, 200).items().stream()
                        .filter(campaign -> Formats.matches(campaign.title() + " " + campaign.code(), q))
                        .toList());
        return model;
    }

    @Get("/{id}")
    @View("campaign")
    Map<String, Object> campaign(String id, Authentication authentication) {
        Person me = Person.of(authentication);
        CampaignsClient.Campaign campaign = campaigns.campaign(id);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("campaign", campaign);
        List<CampaignSection> shown =
                sections.stream().filter(section -> section.shows(me)).toList();
        shown.forEach(section -> section.fill(campaign, me, model));
        model.put("sections", shown.stream().map(CampaignSection::fragment).toList());
        return model;
    }
}
