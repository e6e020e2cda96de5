package org.thidua.portal.operations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operator console (ADR 96): the four services at a glance, one event followed across them, and who replayed
 * which dead letters. For operators and the office's administrators; a service that cannot answer is shown as
 * unreachable and the rest of the page stands.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/operations")
@Secured({"OPERATOR", "ADMIN"})
final class ConsolePages {

    private final FourServices services;
    private final JsonLists lists;
    private final UnitNames unitNames;

    ConsolePages(FourServices services, JsonLists lists, UnitNames unitNames) {
        this.services = services;
        this.lists = lists;
        this.unitNames = unitNames;
    }

    @Get
    @View("operations/status")
    Map<String, Object> status() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("statuses", services.ask(FourServices.NAMES, ServiceOperations::status));
        return model;
    }

    /** The status page's "follow an event" form: to that event's page. */
    @Get("/events")
    HttpResponse<?> findEvent(@Nullable @QueryValue String eventId) {
        if (eventId == null || eventId.isBlank()) {
            return HttpResponse.seeOther(URI.create("/operations"));
        }
        return HttpResponse.seeOther(
                URI.create("/operations/events/" + URLEncoder.encode(eventId.trim(), StandardCharsets.UTF_8)));
    }

    /** "Follow this event": its fan-out's counts and waiting units, its failed deliveries, its trace's steps. */
    @Get("/events/{eventId}")
    @View("operations/event")
    Map<String, Object> event(String eventId, @Nullable @QueryValue String retried) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("eventId", eventId);
        model.put("retried", retried);
        Reach<Answers.EventCounts> counts = FourServices.reach(
                "notifications", () -> services.notifications().counts(eventId));
        model.put("counts", counts);
        Reach<List<Answers.Delivery>> failed = FourServices.reach(
                "notifications", () -> services.notifications().deliveries("FAILED", eventId, 0, 200));
        model.put("failed", failed);
        model.put(
                "unitNames",
                unitNames.of(
                        failed.reachable()
                                ? failed.value().stream()
                                        .map(Answers.Delivery::unitId)
                                        .toList()
                                : List.of()));
        List<Reach<List<Answers.Span>>> traces =
                services.ask(FourServices.NAMES, service -> lists.spans(service.traces(eventId)));
        model.put(
                "steps",
                TraceSteps.of(traces.stream()
                        .filter(Reach::reachable)
                        .flatMap(reach -> reach.value().stream())
                        .toList()));
        model.put(
                "traceUnreachable",
                traces.stream()
                        .filter(reach -> !reach.reachable())
                        .map(Reach::service)
                        .toList());
        return model;
    }

    /** Every filtered replay and dry run of the four services, the latest first. */
    @Get("/replays")
    @View("operations/replays")
    Map<String, Object> replays() {
        List<Reach<List<Answers.ReplayAudit>>> answers =
                services.ask(FourServices.NAMES, service -> lists.items(service.replays(), Answers.ReplayAudit.class));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(
                "replays",
                answers.stream()
                        .filter(Reach::reachable)
                        .flatMap(reach -> reach.value().stream().map(audit -> audit.from(reach.service())))
                        .sorted(Comparator.comparing(Answers.ReplayAudit::at).reversed())
                        .toList());
        model.put(
                "unreachable",
                answers.stream()
                        .filter(reach -> !reach.reachable())
                        .map(Reach::service)
                        .toList());
        return model;
    }
}
