package org.thidua.portal.officer;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thidua.portal.campaigns.CampaignSection;
import org.thidua.portal.services.CampaignsClient;
import org.thidua.portal.signin.Person;
import org.thidua.portal.web.Formats;

/**
 * The unit officer's part of the campaign page: its registration (or the form while registration is open), the
 * covenants of its groups and its score sheets, with the way to start the sheet of an open period.
 */
@Singleton
final class OfficerSection implements CampaignSection {

    static final Set<String> TAKING_PART = Set.of("LAUNCHED", "IN_PROGRESS");

    private final OfficerCampaigns campaigns;
    private final RegistrationChoices choices;

    OfficerSection(OfficerCampaigns campaigns, RegistrationChoices choices) {
        this.campaigns = campaigns;
        this.choices = choices;
    }

    @Override
    public boolean shows(Person person) {
        return person.isOfficer();
    }

    @Override
    public String fragment() {
        return "campaign/officer :: section";
    }

    @Override
    public void fill(CampaignsClient.Campaign campaign, Person me, Map<String, Object> model) {
        OfficerCampaigns.Registration registration = campaigns.registrations(campaign.id(), me.unitId()).stream()
                .findFirst()
                .orElse(null);
        model.put("officerRegistration", registration);
        boolean taking = TAKING_PART.contains(campaign.state());
        boolean canRegister = registration == null && registrationOpen(campaign, LocalDate.now(Formats.ZONE));
        model.put("officerCanRegister", canRegister);
        if (canRegister) {
            model.put("officerChoices", choices.of(campaign.year(), me.unitId()));
            model.put("officerForm", Map.of());
            model.put("officerFieldErrors", Map.of());
        }
        List<Map<String, Object>> covenants = new ArrayList<>();
        for (OfficerCampaigns.Covenant covenant : campaigns.covenants(campaign.id())) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("covenant", covenant);
            row.put("signedAt", covenant.signedBy(me.unitId()));
            covenants.add(row);
        }
        model.put("officerCovenants", covenants);
        List<OfficerCampaigns.Sheet> sheets = campaigns.sheets(me.unitId(), campaign.id(), 0, 20);
        model.put("officerSheets", sheets);
        boolean accepted = registration != null && "ACCEPTED".equals(registration.state());
        model.put(
                "officerStartable",
                !accepted || !taking
                        ? List.of()
                        : campaign.periods().stream()
                                .filter(p -> "OPEN".equals(p.state()))
                                .filter(p -> sheets.stream()
                                        .noneMatch(s -> s.period().equals(p.period())))
                                .map(CampaignsClient.Period::period)
                                .toList());
    }

    /** Registration is open while the campaign takes part and its deadline (if any) has not passed. */
    static boolean registrationOpen(CampaignsClient.Campaign campaign, LocalDate today) {
        return TAKING_PART.contains(campaign.state())
                && (campaign.registrationDeadline() == null || !today.isAfter(campaign.registrationDeadline()));
    }
}
