package org.thidua.portal.operations;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Failed e-mail deliveries (notifications-service): whom it was for, which e-mail, the error in words, when; retry
 * one or all, then back to the list with how many were sent again (Post/Redirect/Get).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/operations/deliveries")
@Secured({"OPERATOR", "ADMIN"})
final class DeliveryPages {

    private final FourServices services;
    private final UnitNames unitNames;

    DeliveryPages(FourServices services, UnitNames unitNames) {
        this.services = services;
        this.unitNames = unitNames;
    }

    @Get
    @View("operations/deliveries")
    Map<String, Object> failed(@Nullable @QueryValue String retried) {
        Map<String, Object> model = new LinkedHashMap<>();
        Reach<List<Answers.Delivery>> failed = FourServices.reach(
                "notifications", () -> services.notifications().deliveries("FAILED", null, 0, 200));
        model.put("failed", failed);
        model.put(
                "unitNames",
                unitNames.of(
                        failed.reachable()
                                ? failed.value().stream()
                                        .map(Answers.Delivery::unitId)
                                        .toList()
                                : List.of()));
        model.put("retried", retried);
        return model;
    }

    /** One failed delivery sent again; one that is no longer failed counts as none retried. */
    @Post("/{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retry(long id, @Nullable @Body Map<String, String> form) {
        int retried;
        try {
            services.notifications().retry(id);
            retried = 1;
        } catch (HttpClientResponseException refusal) {
            if (refusal.getStatus() != HttpStatus.CONFLICT) {
                throw refusal;
            }
            retried = 0;
        }
        return back(form, retried);
    }

    /** Every failed delivery sent again, or those of one event ({@code eventId} in the form). */
    @Post("/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retryAll(@Nullable @Body Map<String, String> form) {
        String eventId = form == null || form.getOrDefault("eventId", "").isBlank() ? null : form.get("eventId");
        return back(form, services.notifications().retryFailed(eventId).retried());
    }

    /** Back to the event's page when the retry came from there, else to the list. */
    private static HttpResponse<?> back(@Nullable Map<String, String> form, int retried) {
        String eventId = form == null ? null : form.get("eventId");
        String page = eventId == null || eventId.isBlank()
                ? "/operations/deliveries"
                : "/operations/events/" + URLEncoder.encode(eventId, StandardCharsets.UTF_8);
        return HttpResponse.seeOther(URI.create(page + "?retried=" + retried));
    }
}
