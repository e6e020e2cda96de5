package org.thidua.portal.review;

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
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thidua.portal.services.CampaignsClient;
import org.thidua.portal.services.Page;
import org.thidua.portal.services.UnitsClient;
import org.thidua.portal.signin.Person;
import org.thidua.portal.web.FormErrors;

/**
 * The reviewer's pages (ADR 77): the submitted sheets of its groups in the open campaigns, and one sheet with the
 * unit's own points beside the reviewer's, to approve the points or return the sheet with a reason. campaigns-service
 * decides who may read and review a sheet; the portal shows its "not allowed" or "not found" page otherwise.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/review")
@Secured({"REVIEWER", "ADMIN"})
final class ReviewPages {

    private static final int UNITS_PAGE = 200;
    private static final Set<String> OPEN = Set.of("LAUNCHED", "IN_PROGRESS");

    private final ReviewClient sheets;
    private final CampaignsClient campaigns;
    private final UnitsClient units;
    private final ReviewUnits groups;

    ReviewPages(ReviewClient sheets, CampaignsClient campaigns, UnitsClient units, ReviewUnits groups) {
        this.sheets = sheets;
        this.campaigns = campaigns;
        this.units = units;
        this.groups = groups;
    }

    /** The sheets awaiting review, one row per sheet, by campaign, group and unit name. */
    @Get
    @View("review/sheets")
    Map<String, Object> list(Authentication authentication) {
        Person me = Person.of(authentication);
        Map<String, CampaignsClient.Campaign> campaignById = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (String groupId : me.groupIds()) {
            UnitsClient.Group group = groups.group(groupId);
            Map<String, String> unitNames = new HashMap<>();
            unitsOf(groupId, unitNames);
            for (ReviewClient.Sheet sheet : sheets.sheets(groupId, "SUBMITTED", 0, 500)) {
                CampaignsClient.Campaign campaign =
                        campaignById.computeIfAbsent(sheet.campaignId(), campaigns::campaign);
                if (OPEN.contains(campaign.state())) {
                    String unitName = unitNames.computeIfAbsent(
                            sheet.unitId(), unit -> units.unit(unit).name());
                    rows.add(new Row(sheet, campaign.title(), group.name(), unitName));
                }
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("rows", rows);
        return model;
    }

    @Get("/sheets/{id}")
    @View("review/sheet")
    Map<String, Object> sheet(String id, @Nullable @QueryValue String done) {
        Map<String, Object> model = page(sheets.sheet(id));
        model.put("done", "reviewed".equals(done) || "returned".equals(done) ? done : null);
        return model;
    }

    /** Approves the sheet's points: the reviewer's where typed, the unit's own elsewhere (SUBMITTED → REVIEWED). */
    @Post("/sheets/{id}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> review(String id, @Nullable @Body Map<String, String> body) {
        Map<String, String> form = body == null ? Map.of() : body;
        ReviewClient.Sheet sheet = sheets.sheet(id);
        Map<String, Object> model = page(sheet);
        @SuppressWarnings("unchecked")
        ReviewForm typed = ReviewForm.of(form, (List<ReviewClient.Criterion>) model.get("criteria"));
        if (!typed.unreadable().isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            typed.unreadable().keySet().forEach(field -> fields.put(field, "not a number"));
            model.put("errors", new FormErrors(null, fields));
            model.put("form", form);
            return HttpResponse.badRequest(new ModelAndView<>("review/sheet", model));
        }
        try {
            sheets.review(sheet.campaignId(), sheet.period(), id, typed.review());
        } catch (HttpClientResponseException refusal) {
            HttpResponse<ModelAndView<Map<String, Object>>> again =
                    FormErrors.again(refusal, "review/sheet", model, form);
            again.getBody().flatMap(ModelAndView::getModel).ifPresent(page -> {
                FormErrors errors = (FormErrors) page.get("errors");
                Map<String, String> fields = new LinkedHashMap<>();
                errors.fields()
                        .forEach((field, message) ->
                                fields.merge(typed.fieldOf(field), message, (a, b) -> a + "; " + b));
                page.put("errors", new FormErrors(errors.detail(), fields));
            });
            return again;
        }
        return HttpResponse.seeOther(URI.create("/review/sheets/" + id + "?done=reviewed"));
    }

    /** Returns the sheet one step back with the reason, which the unit reads. */
    @Post("/sheets/{id}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> giveBack(String id, @Nullable @Body Map<String, String> typed) {
        Map<String, String> form = typed == null ? Map.of() : typed;
        ReviewClient.Sheet sheet = sheets.sheet(id);
        try {
            sheets.giveBack(sheet.campaignId(), sheet.period(), id, new ReviewClient.Reason(form.get("reason")));
        } catch (HttpClientResponseException refusal) {
            return FormErrors.again(refusal, "review/sheet", page(sheet), form);
        }
        return HttpResponse.seeOther(URI.create("/review/sheets/" + id + "?done=returned"));
    }

    /** The names of the group's units, a page of 200 (units-service's largest) at a time. */
    private void unitsOf(String groupId, Map<String, String> names) {
        for (int page = 0; ; page++) {
            Page<UnitsClient.Unit> found = units.search(null, groupId, page, UNITS_PAGE);
            found.items().forEach(u -> names.put(u.id(), u.name()));
            if (found.items().size() < UNITS_PAGE || (long) (page + 1) * UNITS_PAGE >= found.total()) {
                return;
            }
        }
    }

    private Map<String, Object> page(ReviewClient.Sheet sheet) {
        CampaignsClient.Campaign campaign = campaigns.campaign(sheet.campaignId());
        List<ReviewClient.Criterion> criteria = sheets.criteria(sheet.campaignId());
        Map<String, ReviewClient.Entry> entries = new HashMap<>();
        if (sheet.entries() != null) {
            sheet.entries().forEach(e -> entries.put(e.criterionCode(), e));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("sheet", sheet);
        model.put("campaign", campaign);
        model.put("unitName", units.unit(sheet.unitId()).name());
        model.put("criteria", criteria);
        model.put("entries", entries);
        model.put("reviewable", "SUBMITTED".equals(sheet.state()));
        return model;
    }

    /** One sheet awaiting review, named. */
    record Row(ReviewClient.Sheet sheet, String campaignTitle, String groupName, String unitName) {}
}
