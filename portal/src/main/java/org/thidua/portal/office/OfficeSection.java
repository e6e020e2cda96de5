package org.thidua.portal.office;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.thidua.portal.campaigns.CampaignSection;
import org.thidua.portal.services.CampaignsClient;
import org.thidua.portal.signin.Person;

/**
 * The office's part of the campaign page: what the campaign is made of (criteria, scope) and the next step of its
 * year: launch a draft, follow registrations and progress, finalize a period, close or cancel.
 */
@Singleton
final class OfficeSection implements CampaignSection {

    private final OfficeCampaigns campaigns;
    private final OfficeUnits units;

    OfficeSection(OfficeCampaigns campaigns, OfficeUnits units) {
        this.campaigns = campaigns;
        this.units = units;
    }

    @Override
    public boolean shows(Person person) {
        return person.isAdmin();
    }

    @Override
    public String fragment() {
        return "campaign/office :: section";
    }

    @Override
    public void fill(CampaignsClient.Campaign campaign, Person person, Map<String, Object> model) {
        OfficeCampaigns.Draft draft = campaigns.campaign(campaign.id());
        model.put("officeCampaign", draft);
        List<String> scopeNames = draft.scope().allUnits()
                ? List.of()
                : units.groups(draft.year(), 0, 200).items().stream()
                        .filter(g -> draft.scope().groupIds().contains(g.id()))
                        .map(g -> g.name())
                        .toList();
        model.put("officeScope", scopeNames);
    }
}
