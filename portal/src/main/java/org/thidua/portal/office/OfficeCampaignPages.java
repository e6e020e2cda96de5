package org.thidua.portal.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thidua.portal.signin.Person;
import org.thidua.portal.web.FormErrors;
import org.thidua.portal.web.Formats;

/**
 * The emulation office's campaign pages: a new draft, its criteria and scope, the lifecycle (launch, start, close,
 * cancel), the registrations to accept or return, the progress board with "remind now", finalizing a period; and the
 * period's ranking, which every role reads (the service decides what each may see).
 */
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Controller("/campaigns")
@Secured("ADMIN")
final class OfficeCampaignPages {

    private static final Set<String> PERIODS = Set.of("MID_YEAR", "YEAR_END");

    private final OfficeCampaigns campaigns;
    private final OfficeUnits units;

    OfficeCampaignPages(OfficeCampaigns campaigns, OfficeUnits units) {
        this.campaigns = campaigns;
        this.units = units;
    }

    // --- a new draft --------------------------------------------------------------------------------------------

    @Get("/new")
    @View("office/new-campaign")
    Map<String, Object> newCampaign() {
        int year = LocalDate.now(Formats.ZONE).getYear();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("year", Integer.toString(year));
        form.put("kind", "REGULAR");
        return Map.of("form", form);
    }

    /** Creates the draft for every unit; its scope is narrowed to groups on the scope page. */
    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body Map<String, String> form) {
        CampaignForm.Read<OfficeCampaigns.CampaignRequest> read =
                CampaignForm.draft(form, new OfficeCampaigns.Scope(true, List.of()));
        if (!read.ok()) {
            return unreadable("office/new-campaign", Map.of(), read.unreadable(), form);
        }
        try {
            OfficeCampaigns.Draft draft = campaigns.create(read.request());
            return seeOther("/campaigns/" + draft.id());
        } catch (HttpClientResponseException refusal) {
            return FormErrors.again(refusal, "office/new-campaign", Map.of(), form);
        }
    }

    // --- criteria and scope of a draft --------------------------------------------------------------------------

    @Get("/{id}/criteria")
    @View("office/criteria")
    Map<String, Object> criteria(String id) {
        OfficeCampaigns.Draft draft = campaigns.campaign(id);
        return Map.of("campaign", draft, "form", criteriaForm(draft.criteria()));
    }

    @Post("/{id}/criteria")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveCriteria(String id, @Body Map<String, String> form) {
        OfficeCampaigns.Draft draft = campaigns.campaign(id);
        CampaignForm.Read<List<OfficeCampaigns.Criterion>> read = CampaignForm.criteria(form);
        if (!read.ok()) {
            return unreadable("office/criteria", Map.of("campaign", draft), read.unreadable(), form);
        }
        try {
            campaigns.replaceCriteria(id, read.request());
            return seeOther("/campaigns/" + id);
        } catch (HttpClientResponseException refusal) {
            return FormErrors.again(refusal, "office/criteria", Map.of("campaign", draft), form);
        }
    }

    @Get("/{id}/scope")
    @View("office/scope")
    Map<String, Object> scope(String id) {
        OfficeCampaigns.Draft draft = campaigns.campaign(id);
        return Map.of(
                "campaign",
                draft,
                "groups",
                units.groups(draft.year(), 0, 200).items(),
                "chosen",
                new LinkedHashSet<>(draft.scope().groupIds()),
                "allUnits",
                draft.scope().allUnits());
    }

    /** {@code allUnits=true}, or {@code allUnits=false} and a {@code group.<id>} box per group chosen. */
    @Post("/{id}/scope")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveScope(String id, @Body Map<String, String> form) {
        OfficeCampaigns.Draft draft = campaigns.campaign(id);
        List<String> groupIds = form.keySet().stream()
                .filter(k -> k.startsWith("group."))
                .map(k -> k.substring(6))
                .toList();
        boolean allUnits = "true".equals(form.get("allUnits"));
        try {
            campaigns.replace(id, draft.request(new OfficeCampaigns.Scope(allUnits, allUnits ? List.of() : groupIds)));
            return seeOther("/campaigns/" + id);
        } catch (HttpClientResponseException refusal) {
            return FormErrors.again(
                    refusal,
                    "office/scope",
                    Map.of(
                            "campaign",
                            draft,
                            "groups",
                            units.groups(draft.year(), 0, 200).items(),
                            "chosen",
                            new LinkedHashSet<>(groupIds),
                            "allUnits",
                            allUnits),
                    form);
        }
    }

    // --- the lifecycle ------------------------------------------------------------------------------------------

    @Post("/{id}/launch")
    HttpResponse<?> launch(String id) {
        return change(id, () -> campaigns.launch(id));
    }

    @Post("/{id}/start")
    HttpResponse<?> start(String id) {
        return change(id, () -> campaigns.start(id));
    }

    @Post("/{id}/close")
    HttpResponse<?> close(String id) {
        return change(id, () -> campaigns.close(id));
    }

    @Post("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(String id, @Body Map<String, String> form) {
        return change(id, () -> campaigns.cancel(id, new OfficeCampaigns.Reason(form.get("reason"))));
    }

    // --- registrations ------------------------------------------------------------------------------------------

    @Get("/{id}/registrations{?state,unitId}")
    @View("office/registrations")
    Map<String, Object> registrations(
            String id, @Nullable @QueryValue String state, @Nullable @QueryValue String unitId) {
        return registrationsModel(id, state, unitId);
    }

    @Post("/{id}/registrations/{registrationId}/accept")
    HttpResponse<?> accept(String id, String registrationId) {
        return change(id, () -> campaigns.accept(id, registrationId), "/campaigns/" + id + "/registrations");
    }

    @Post("/{id}/registrations/{registrationId}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> giveBack(String id, String registrationId, @Body Map<String, String> form) {
        try {
            campaigns.giveBack(id, registrationId, new OfficeCampaigns.Reason(form.get("reason")));
            return seeOther("/campaigns/" + id + "/registrations");
        } catch (HttpClientResponseException refusal) {
            Map<String, Object> model = registrationsModel(id, null, null);
            model.put("returning", registrationId);
            return FormErrors.again(refusal, "office/registrations", model, form);
        }
    }

    private Map<String, Object> registrationsModel(String id, String state, String unitId) {
        OfficeCampaigns.Draft campaign = campaigns.campaign(id);
        Map<String, String> names = new LinkedHashMap<>();
        campaigns
                .progress(id)
                .units()
                .forEach(u -> names.put(u.unitId(), u.unitName() == null ? u.unitId() : u.unitName()));
        String chosenState = state == null || state.isBlank() ? null : state;
        String chosenUnit = unitId == null || unitId.isBlank() ? null : unitId;
        List<OfficeCampaigns.Registration> found = campaigns.registrations(id, chosenUnit, chosenState, 0, 500);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("campaign", campaign);
        model.put("names", names);
        model.put("registrations", found);
        model.put("state", chosenState == null ? "" : chosenState);
        model.put("unitId", chosenUnit == null ? "" : chosenUnit);
        model.put("states", List.of("SUBMITTED", "ACCEPTED", "RETURNED", "WITHDRAWN"));
        return model;
    }

    // --- the progress board -------------------------------------------------------------------------------------

    @Get("/{id}/progress{?groupId,q,reminded}")
    @View("office/progress")
    Map<String, Object> progress(
            String id,
            @Nullable @QueryValue String groupId,
            @Nullable @QueryValue String q,
            @Nullable @QueryValue Integer reminded) {
        OfficeCampaigns.Draft campaign = campaigns.campaign(id);
        OfficeCampaigns.Progress board = campaigns.progress(id);
        Map<String, String> groups = new LinkedHashMap<>();
        board.units()
                .forEach(u -> u.groups()
                        .forEach(g ->
                                groups.putIfAbsent(g.groupId(), g.groupName() == null ? g.groupId() : g.groupName())));
        String chosen = groupId == null || groupId.isBlank() ? "" : groupId;
        List<OfficeCampaigns.UnitProgress> rows = board.units().stream()
                .filter(u -> chosen.isEmpty()
                        || u.groups().stream().anyMatch(g -> g.groupId().equals(chosen)))
                .filter(u -> Formats.matches(u.unitName(), q))
                .toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("campaign", campaign);
        model.put("rows", rows);
        model.put("groups", groups);
        model.put("groupId", chosen);
        model.put("q", q == null ? "" : q);
        model.put("reminded", reminded);
        return model;
    }

    @Post("/{id}/reminders")
    HttpResponse<?> remind(String id) {
        try {
            OfficeCampaigns.Reminded reminded = campaigns.remind(id);
            return seeOther("/campaigns/" + id + "/progress?reminded=" + reminded.reminded());
        } catch (HttpClientResponseException refusal) {
            return refused(id, refusal);
        }
    }

    // --- finalizing a period ------------------------------------------------------------------------------------

    @Get("/{id}/periods/{period}/finalize")
    @View("office/finalize")
    Map<String, Object> finalizing(String id, String period) {
        return finalizeModel(id, period);
    }

    /** {@code exclude.<unitId>} per unit left out of the ranking, and the {@code reason} they need. */
    @Post("/{id}/periods/{period}/finalize")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> finalizePeriod(String id, String period, @Body Map<String, String> form) {
        List<String> excluded = new ArrayList<>(form.keySet().stream()
                .filter(k -> k.startsWith("exclude."))
                .map(k -> k.substring(8))
                .toList());
        String reason = form.get("reason");
        try {
            campaigns.finalizePeriod(
                    id,
                    known(period),
                    new OfficeCampaigns.Finalize(excluded, reason == null || reason.isBlank() ? null : reason));
            return seeOther("/campaigns/" + id + "/rankings/" + period);
        } catch (HttpClientResponseException refusal) {
            return FormErrors.again(refusal, "office/finalize", finalizeModel(id, period), form);
        }
    }

    private Map<String, Object> finalizeModel(String id, String period) {
        OfficeCampaigns.Draft campaign = campaigns.campaign(id);
        List<OfficeCampaigns.UnitProgress> accepted = campaigns.progress(id).units().stream()
                .filter(u -> u.registration() != null
                        && "ACCEPTED".equals(u.registration().state()))
                .toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("campaign", campaign);
        model.put("period", known(period));
        model.put("units", accepted);
        return model;
    }

    // --- the ranking, for every role ----------------------------------------------------------------------------

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{id}/rankings/{period}")
    @View("office/ranking")
    Map<String, Object> ranking(String id, String period, Authentication authentication) {
        Person me = Person.of(authentication);
        OfficeCampaigns.Ranking ranking = campaigns.ranking(id, known(period));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("campaignId", id);
        model.put("title", campaignTitle(id));
        model.put("ranking", Rankings.of(ranking, me.unitId()));
        return model;
    }

    private String campaignTitle(String id) {
        return campaigns.campaign(id).title();
    }

    // --- answers ------------------------------------------------------------------------------------------------

    private HttpResponse<?> change(String id, Runnable call) {
        return change(id, call, "/campaigns/" + id);
    }

    private HttpResponse<?> change(String id, Runnable call, String then) {
        try {
            call.run();
            return seeOther(then);
        } catch (HttpClientResponseException refusal) {
            return refused(id, refusal);
        }
    }

    /** A refused lifecycle step: the campaign's name, the service's words, and the way back. */
    private HttpResponse<?> refused(String id, HttpClientResponseException refusal) {
        return FormErrors.again(refusal, "office/refused", Map.of("campaign", campaigns.campaign(id)), Map.of());
    }

    private static HttpResponse<ModelAndView<Map<String, Object>>> unreadable(
            String view, Map<String, Object> model, Map<String, String> fields, Map<String, String> typed) {
        Map<String, Object> page = new LinkedHashMap<>(model);
        page.put("errors", new FormErrors("Một số ô chưa đúng, xem ghi chú bên cạnh từng ô.", fields));
        page.put("form", typed);
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                .body(new ModelAndView<>(view, page));
    }

    private static Map<String, String> criteriaForm(List<OfficeCampaigns.Criterion> criteria) {
        Map<String, String> form = new LinkedHashMap<>();
        int rows = criteria.size() + 3;
        for (int i = 0; i < rows; i++) {
            OfficeCampaigns.Criterion c = i < criteria.size() ? criteria.get(i) : null;
            form.put("group." + i, c == null ? "" : c.group());
            form.put("code." + i, c == null ? "" : c.code());
            form.put("name." + i, c == null ? "" : c.name());
            form.put(
                    "maxPoints." + i,
                    c == null || c.maxPoints() == null
                            ? ""
                            : c.maxPoints().stripTrailingZeros().toPlainString().replace('.', ','));
            form.put("appliesTo." + i, c == null ? "COLLECTIVE" : c.appliesTo());
        }
        return form;
    }

    private static String known(String period) {
        if (!PERIODS.contains(period)) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "no such period");
        }
        return period;
    }

    private static HttpResponse<?> seeOther(String path) {
        return HttpResponse.seeOther(URI.create(UriBuilder.of(path).build().toString()));
    }
}
