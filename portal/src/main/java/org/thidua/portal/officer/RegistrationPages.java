package org.thidua.portal.officer;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.thidua.portal.services.CampaignsClient;
import org.thidua.portal.signin.Person;
import org.thidua.portal.web.FormErrors;

/**
 * A unit's registration: the form posted from the campaign page, the page an e-mail links ({@code /registrations/{id}},
 * ADR 31) with its state and the reason of a return, correcting and resubmitting it, withdrawing it.
 */
@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
final class RegistrationPages {

    private final OfficerCampaigns campaigns;
    private final CampaignsClient campaignReads;
    private final RegistrationChoices choices;
    private final OfficerDirectory directory;

    RegistrationPages(
            OfficerCampaigns campaigns,
            CampaignsClient campaignReads,
            RegistrationChoices choices,
            OfficerDirectory directory) {
        this.campaigns = campaigns;
        this.campaignReads = campaignReads;
        this.choices = choices;
        this.directory = directory;
    }

    @Secured("UNIT_OFFICER")
    @Post("/campaigns/{campaignId}/registration")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> register(String campaignId, @Body Map<String, String> form, Authentication authentication) {
        Person me = Person.of(authentication);
        Map<String, Object> request = RegistrationForm.request(me.unitId(), form, choices.memberIds(me.unitId()));
        try {
            OfficerCampaigns.Registration registration = campaigns.register(campaignId, request);
            return HttpResponse.seeOther(URI.create("/registrations/" + registration.id()));
        } catch (HttpClientResponseException refusal) {
            CampaignsClient.Campaign campaign = campaignReads.campaign(campaignId);
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("campaign", campaign);
            model.put("choices", choices.of(campaign.year(), me.unitId()));
            model.put("fieldErrors", fieldErrors(refusal, request));
            return FormErrors.again(refusal, "officer/register", model, form);
        }
    }

    @Get("/registrations/{id}")
    @View("officer/registration")
    Map<String, Object> registration(String id, Authentication authentication) {
        OfficerCampaigns.Registration registration = campaigns.registration(id);
        return page(registration, Person.of(authentication), RegistrationForm.of(registration));
    }

    /** Corrects a RETURNED registration and submits it again. */
    @Secured("UNIT_OFFICER")
    @Post("/registrations/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resubmit(String id, @Body Map<String, String> form, Authentication authentication) {
        Person me = Person.of(authentication);
        OfficerCampaigns.Registration registration = campaigns.registration(id);
        Map<String, Object> change = RegistrationForm.request(null, form, choices.memberIds(registration.unitId()));
        try {
            campaigns.resubmit(registration.campaignId(), id, change);
            return HttpResponse.seeOther(URI.create("/registrations/" + id));
        } catch (HttpClientResponseException refusal) {
            Map<String, Object> model = page(registration, me, form);
            model.put("fieldErrors", fieldErrors(refusal, change));
            return FormErrors.again(refusal, "officer/registration", model, form);
        }
    }

    @Secured("UNIT_OFFICER")
    @Post("/registrations/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(String id, @Body Map<String, String> form, Authentication authentication) {
        OfficerCampaigns.Registration registration = campaigns.registration(id);
        String reason = form.getOrDefault("reason", "").strip();
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason.isEmpty() ? null : reason);
        try {
            campaigns.withdraw(registration.campaignId(), id, body);
            return HttpResponse.seeOther(URI.create("/registrations/" + id));
        } catch (HttpClientResponseException refusal) {
            Map<String, Object> model =
                    page(registration, Person.of(authentication), RegistrationForm.of(registration));
            model.put("fieldErrors", FormErrors.of(refusal).fields());
            model.put("withdrawReason", reason);
            return FormErrors.again(refusal, "officer/registration", model, model.get("form"));
        }
    }

    private Map<String, Object> page(OfficerCampaigns.Registration registration, Person me, Map<String, String> form) {
        CampaignsClient.Campaign campaign = campaignReads.campaign(registration.campaignId());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("registration", registration);
        model.put("campaign", campaign);
        Map<String, String> titleNames = new HashMap<>();
        choices.titles(campaign.year()).forEach(t -> titleNames.put(t.code(), t.nameVi()));
        model.put("titleNames", titleNames);
        Map<String, String> memberNames = new HashMap<>();
        directory.members(registration.unitId()).forEach(m -> memberNames.put(m.id(), m.fullName()));
        model.put("memberNames", memberNames);
        boolean mine = me.isOfficer() && me.unitId().equals(registration.unitId());
        boolean correcting = mine && "RETURNED".equals(registration.state());
        model.put("correcting", correcting);
        model.put("canWithdraw", mine && !"WITHDRAWN".equals(registration.state()));
        if (correcting) {
            model.put("choices", choices.of(campaign.year(), registration.unitId()));
        }
        model.put("form", form);
        model.put("fieldErrors", Map.of());
        model.put("withdrawReason", "");
        return model;
    }

    private static Map<String, String> fieldErrors(HttpClientResponseException refusal, Map<String, Object> request) {
        FormErrors errors = FormErrors.of(refusal);
        Map<String, String> fields = new HashMap<>(errors.fields());
        fields.putAll(RegistrationForm.memberErrors(errors, request));
        return fields;
    }
}
