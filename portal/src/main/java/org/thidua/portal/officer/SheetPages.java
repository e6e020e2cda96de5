package org.thidua.portal.officer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thidua.portal.services.CampaignsClient;
import org.thidua.portal.signin.Person;
import org.thidua.portal.web.FormErrors;

/**
 * A unit's score sheets: the list, one sheet as its return e-mail links it (ADR 31) with the criteria grouped, each
 * with its maximum, the unit's points and evidence links and the reviewer's points; saving, submitting, and starting
 * the sheet of an open period from the campaign page.
 */
@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
final class SheetPages {

    private final OfficerCampaigns campaigns;
    private final CampaignsClient campaignReads;

    SheetPages(OfficerCampaigns campaigns, CampaignsClient campaignReads) {
        this.campaigns = campaigns;
        this.campaignReads = campaignReads;
    }

    @Secured("UNIT_OFFICER")
    @Get("/score-sheets")
    @View("officer/sheets")
    Map<String, Object> list(Authentication authentication) {
        Person me = Person.of(authentication);
        List<OfficerCampaigns.Sheet> sheets = campaigns.sheets(me.unitId(), null, 0, 200);
        Map<String, String> titles = new HashMap<>();
        sheets.forEach(s -> titles.computeIfAbsent(
                s.campaignId(), c -> campaignReads.campaign(c).title()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("sheets", sheets);
        model.put("campaignTitles", titles);
        return model;
    }

    /** Starts the unit's sheet of an open period (empty, to fill on its page). */
    @Secured("UNIT_OFFICER")
    @Post("/campaigns/{campaignId}/score-sheets")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(String campaignId, @Body Map<String, String> form) {
        OfficerCampaigns.Sheet sheet = campaigns.startSheet(
                campaignId,
                form.getOrDefault("period", ""),
                Map.of("registrationId", form.getOrDefault("registrationId", ""), "entries", List.of()));
        return HttpResponse.seeOther(URI.create("/score-sheets/" + sheet.id()));
    }

    @Get("/score-sheets/{id}{?saved}")
    @View("officer/sheet")
    Map<String, Object> sheet(String id, @Nullable @QueryValue String saved, Authentication authentication) {
        OfficerCampaigns.Sheet sheet = campaigns.sheet(id);
        List<OfficerCampaigns.Criterion> criteria = campaigns.criteria(sheet.campaignId());
        Map<String, Object> model = page(sheet, criteria, Person.of(authentication), SheetForm.of(criteria, sheet));
        // only the two words this page's own redirect writes: anything else in the address is not shown
        model.put("saved", "saved".equals(saved) || "submitted".equals(saved) ? saved : null);
        return model;
    }

    /** Saves the DRAFT sheet's points, links and notes ({@code action=submit}: then submits it). */
    @Secured("UNIT_OFFICER")
    @Post("/score-sheets/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(String id, @Body Map<String, String> form, Authentication authentication) {
        OfficerCampaigns.Sheet sheet = campaigns.sheet(id);
        List<OfficerCampaigns.Criterion> criteria = campaigns.criteria(sheet.campaignId());
        boolean submit = "submit".equals(form.get("action"));
        try {
            campaigns.editSheet(
                    sheet.campaignId(), sheet.period(), id, Map.of("entries", SheetForm.entries(criteria, form)));
            if (submit) {
                campaigns.submitSheet(sheet.campaignId(), sheet.period(), id, Map.of());
            }
            return HttpResponse.seeOther(
                    URI.create("/score-sheets/" + id + "?saved=" + (submit ? "submitted" : "saved")));
        } catch (HttpClientResponseException refusal) {
            Map<String, Object> model = page(campaigns.sheet(id), criteria, Person.of(authentication), form);
            model.put("fieldErrors", SheetForm.errorsByField(FormErrors.of(refusal)));
            return FormErrors.again(refusal, "officer/sheet", model, form);
        }
    }

    private Map<String, Object> page(
            OfficerCampaigns.Sheet sheet,
            List<OfficerCampaigns.Criterion> criteria,
            Person me,
            Map<String, String> form) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("sheet", sheet);
        model.put("campaign", campaignReads.campaign(sheet.campaignId()));
        model.put("groups", groups(criteria, sheet));
        model.put("editable", me.isOfficer() && me.unitId().equals(sheet.unitId()) && "DRAFT".equals(sheet.state()));
        model.put("form", form);
        model.put("fieldErrors", Map.of());
        model.put("saved", null);
        return model;
    }

    /** The criteria in their groups, in the campaign's order, each with its index in the form and its entry. */
    static List<SheetRows.CriteriaGroup> groups(
            List<OfficerCampaigns.Criterion> criteria, OfficerCampaigns.Sheet sheet) {
        List<SheetRows.CriteriaGroup> groups = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            OfficerCampaigns.Criterion criterion = criteria.get(i);
            if (groups.isEmpty() || !groups.get(groups.size() - 1).name().equals(criterion.group())) {
                groups.add(new SheetRows.CriteriaGroup(criterion.group(), new ArrayList<>()));
            }
            OfficerCampaigns.Entry entry = sheet.entries() == null
                    ? null
                    : sheet.entries().stream()
                            .filter(e -> e.criterionCode().equals(criterion.code()))
                            .findFirst()
                            .orElse(null);
            groups.get(groups.size() - 1).rows().add(new SheetRows.Row(i, criterion, entry));
        }
        return groups;
    }
}
