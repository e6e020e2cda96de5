package org.thidua.portal.operations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dead letters of all four services in one list (ADR 96), filtered by service, consumer, event type, error text
 * and days; one letter whole with its replay; and a filtered replay that always shows its dry run (how many, which)
 * and asks to confirm before anything is replayed.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/operations/dead-letters")
@Secured({"OPERATOR", "ADMIN"})
final class DeadLetterPages {

    private static final int PER_SERVICE = 200;

    private final FourServices services;
    private final JsonLists lists;

    DeadLetterPages(FourServices services, JsonLists lists) {
        this.services = services;
        this.lists = lists;
    }

    @Get
    HttpResponse<?> list(
            HttpRequest<?> request,
            @Nullable @QueryValue Integer replayed,
            @Nullable @QueryValue Integer stillFailing) {
        DeadLetterFilter filter = DeadLetterFilter.read(form(request));
        Map<String, Object> model = model(filter);
        model.put("replayed", replayed);
        model.put("stillFailing", stillFailing);
        if (!filter.valid()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(new ModelAndView<>("operations/dead-letters", model));
        }
        model.put("list", letters(filter));
        return HttpResponse.ok(new ModelAndView<>("operations/dead-letters", model));
    }

    /** The dry run of a filtered replay: what would be replayed, nothing changed; a button to confirm. */
    @Get("/replay")
    HttpResponse<?> dryRun(HttpRequest<?> request) {
        DeadLetterFilter filter = DeadLetterFilter.read(form(request));
        Map<String, Object> model = model(filter);
        if (!filter.valid()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(new ModelAndView<>("operations/dead-letters", model));
        }
        List<Reach<Answers.ReplayResult>> runs =
                services.ask(filter.services(), service -> replay(service, filter.replay(true)));
        Set<String> matchedIds = runs.stream()
                .filter(Reach::reachable)
                .flatMap(run -> (run.value().ids() == null
                                ? List.<Long>of()
                                : run.value().ids())
                        .stream().map(id -> run.service() + "/" + id))
                .collect(Collectors.toSet());
        DeadLetterList open = letters(DeadLetterFilter.read(withStatus(filter.typed(), "open")));
        model.put(
                "matched",
                runs.stream()
                        .filter(Reach::reachable)
                        .mapToInt(run -> run.value().matched())
                        .sum());
        model.put(
                "letters",
                open.letters().stream()
                        .filter(letter -> matchedIds.contains(letter.service() + "/" + letter.id()))
                        .toList());
        model.put(
                "unreachable",
                runs.stream()
                        .filter(run -> !run.reachable())
                        .map(Reach::service)
                        .toList());
        return HttpResponse.ok(new ModelAndView<>("operations/replay", model));
    }

    /** The confirmed replay of the letters the filter matches now; back to the list with how it went. */
    @Post("/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> replay(@Nullable @Body Map<String, String> form) {
        DeadLetterFilter filter = DeadLetterFilter.read(form == null ? Map.of() : form);
        if (!filter.valid()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(new ModelAndView<>("operations/dead-letters", model(filter)));
        }
        List<Reach<Answers.ReplayResult>> runs =
                services.ask(filter.services(), service -> replay(service, filter.replay(false)));
        int replayed = runs.stream()
                .filter(Reach::reachable)
                .mapToInt(run -> run.value().replayed())
                .sum();
        int stillFailing = runs.stream()
                .filter(Reach::reachable)
                .mapToInt(run -> run.value().stillFailing())
                .sum();
        String query = filter.query();
        return HttpResponse.seeOther(URI.create("/operations/dead-letters?" + (query.isEmpty() ? "" : query + "&")
                + "replayed=" + replayed + "&stillFailing=" + stillFailing));
    }

    @Get("/{service}/{id}")
    @View("operations/dead-letter")
    Map<String, Object> letter(String service, long id, @Nullable @QueryValue String replayed) {
        Answers.DeadLetterDetail letter = services.named(service).deadLetter(id);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("service", service);
        model.put("letter", letter);
        model.put(
                "payload",
                letter.payload() == null
                        ? null
                        : "BASE64".equals(letter.payloadEncoding())
                                ? letter.payload()
                                : PrettyJson.of(letter.payload()));
        model.put("replayed", replayed);
        return model;
    }

    /** One letter replayed; one that fails again stays open, and the page says so. */
    @Post("/{service}/{id}/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> replayOne(String service, long id) {
        String outcome;
        try {
            services.named(service).replay(id);
            outcome = "yes";
        } catch (HttpClientResponseException refusal) {
            if (refusal.getStatus() != HttpStatus.CONFLICT) {
                throw refusal;
            }
            outcome = "no";
        }
        return HttpResponse.seeOther(
                URI.create("/operations/dead-letters/" + service + "/" + id + "?replayed=" + outcome));
    }

    private static Answers.ReplayResult replay(ServiceOperations service, Answers.ReplayRequest request) {
        return service.replay(
                request.consumer(),
                request.eventType(),
                request.error(),
                request.from(),
                request.to(),
                request.dryRun());
    }

    private DeadLetterList letters(DeadLetterFilter filter) {
        return DeadLetterList.merge(services.ask(
                filter.services(),
                service -> lists.items(
                        service.deadLetters(
                                filter.consumer(),
                                filter.eventType(),
                                filter.error(),
                                filter.fromInstant(),
                                filter.toInstant(),
                                filter.serviceStatus(),
                                0,
                                PER_SERVICE),
                        Answers.DeadLetter.class)));
    }

    private static Map<String, Object> model(DeadLetterFilter filter) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("filter", filter);
        model.put("typed", filter.typed());
        model.put("query", filter.query());
        model.put("fieldErrors", filter.errors());
        model.put("services", FourServices.NAMES);
        return model;
    }

    private static Map<String, String> form(HttpRequest<?> request) {
        Map<String, String> form = new LinkedHashMap<>();
        request.getParameters().asMap().forEach((name, values) -> {
            if (!values.isEmpty()) {
                form.put(name, values.get(0));
            }
        });
        return form;
    }

    private static Map<String, String> withStatus(Map<String, String> typed, String status) {
        Map<String, String> form = new LinkedHashMap<>(typed);
        form.put("status", status);
        return form;
    }
}
