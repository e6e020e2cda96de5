package org.thidua.portal.awards;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.thidua.portal.signin.Person;
import org.thidua.portal.web.FormErrors;
import org.thidua.portal.web.Formats;

/**
 * Nominations (đề nghị khen thưởng): the list the disclosure e-mail links to ({@code /nominations?year=2020&state=
 * DISCLOSED}, ADR 43), one nomination with its grounds, disclosure window and objections ({@code /nominations/{id}}),
 * and the office's disclosure, withdrawal and answers to objections. awards-service decides who reads and does what
 * (ADR 65); the page offers only what the person's role may do.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/nominations")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class NominationPages {

    static final List<String> STATES =
            List.of("PROPOSED", "OVER_CAP", "IN_COUNCIL", "APPROVED", "REJECTED", "DISCLOSED", "DECIDED", "WITHDRAWN");
    private static final List<String> CLOSED = List.of("DECIDED", "WITHDRAWN", "REJECTED");

    private final AwardsClient awards;
    private final RuleSetsClient ruleSets;

    NominationPages(AwardsClient awards, RuleSetsClient ruleSets) {
        this.awards = awards;
        this.ruleSets = ruleSets;
    }

    /** The list, filtered by the service ({@code year}, {@code state}, {@code titleCode}, {@code unitId}) and by a
     * part of the nominee's or unit's name ({@code q}, accents ignored). */
    @Get("{?year,state,titleCode,unitId,q}")
    @View("awards/nominations")
    Map<String, Object> list(
            @Nullable @QueryValue Integer year,
            @Nullable @QueryValue String state,
            @Nullable @QueryValue String titleCode,
            @Nullable @QueryValue String unitId,
            @Nullable @QueryValue String q,
            Authentication authentication) {
        String known = state != null && STATES.contains(state) ? state : null;
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("admin", Person.of(authentication).isAdmin());
        model.put("year", year);
        model.put("state", known == null ? "" : known);
        model.put("titleCode", blankToNull(titleCode) == null ? "" : titleCode);
        model.put("unitId", blankToNull(unitId));
        model.put("q", q == null ? "" : q);
        model.put("states", STATES);
        model.put("titles", awards.titles().titles());
        List<AwardsClient.Nomination> found =
                awards.nominations(year, known, blankToNull(titleCode), blankToNull(unitId), 0, 1000).stream()
                        .filter(n -> Formats.matches(n.nomineeName() + " " + n.unitName(), q))
                        .toList();
        model.put("nominations", found);
        model.put("approved", found.stream().anyMatch(n -> "APPROVED".equals(n.state())));
        model.put("decidable", found.stream().anyMatch(NominationPages::decidable));
        model.put(
                "pickable",
                found.stream()
                        .filter(n -> "APPROVED".equals(n.state()) || decidable(n))
                        .map(AwardsClient.Nomination::id)
                        .collect(Collectors.toSet()));
        model.put("picked", Set.of());
        model.put("today", LocalDate.now(Formats.ZONE));
        return model;
    }

    @Get("/{id}")
    @View("awards/nomination")
    Map<String, Object> nomination(String id, HttpRequest<?> request, Authentication authentication) {
        Map<String, Object> model = page(id, Person.of(authentication));
        model.put("objected", request.getParameters().contains("objected") ? Boolean.TRUE : null);
        return model;
    }

    /** Anyone signed in objects to a disclosed nomination; the page comes back with the service's refusal. */
    @Post("/{id}/objections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> object(String id, @Body Map<String, String> form, Authentication authentication) {
        try {
            awards.object(id, new AwardsClient.ObjectionRequest(form.getOrDefault("text", "")));
        } catch (HttpClientResponseException refusal) {
            return FormErrors.again(refusal, "awards/nomination", page(id, Person.of(authentication)), form);
        }
        return HttpResponse.seeOther(URI.create("/nominations/" + id + "?objected"));
    }

    @Secured("ADMIN")
    @Post("/{id}/objections/{objectionId}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resolve(
            String id, String objectionId, @Body Map<String, String> form, Authentication authentication) {
        try {
            awards.resolve(
                    id,
                    objectionId,
                    new AwardsClient.ResolutionRequest(
                            blankToNull(form.get("outcome")), blankToNull(form.get("resolution"))));
        } catch (HttpClientResponseException refusal) {
            return FormErrors.again(refusal, "awards/nomination", page(id, Person.of(authentication)), form);
        }
        return HttpResponse.seeOther(URI.create("/nominations/" + id));
    }

    @Secured("ADMIN")
    @Post("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(String id, @Body Map<String, String> form, Authentication authentication) {
        try {
            awards.withdraw(id, new AwardsClient.ReasonRequest(blankToNull(form.get("reason"))));
        } catch (HttpClientResponseException refusal) {
            return FormErrors.again(refusal, "awards/nomination", page(id, Person.of(authentication)), form);
        }
        return HttpResponse.seeOther(URI.create("/nominations/" + id));
    }

    /**
     * The office discloses the ticked APPROVED nominations in one call (one notice per unit, ADR 43), from the date
     * given or the service's default, or records one already held on paper (ADR 86); then the year's disclosed
     * nominations are shown.
     */
    @Secured("ADMIN")
    @Post("/disclose")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> disclose(@Body Map<String, Object> form, Authentication authentication) {
        DisclosureForm chosen = DisclosureForm.of(form);
        if (chosen.unreadableStart()) {
            Map<String, Object> model = list(null, "APPROVED", null, null, null, authentication);
            model.put("form", form);
            model.put("picked", Set.copyOf(chosen.nominationIds()));
            model.put("startDateUnreadable", true);
            return HttpResponse.badRequest(new ModelAndView<>("awards/nominations", model));
        }
        try {
            List<AwardsClient.Nomination> disclosed = awards.disclose(new AwardsClient.DisclosureRequest(
                    chosen.nominationIds(), chosen.startDate(), chosen.onPaper() ? Boolean.TRUE : null));
            String year = disclosed.isEmpty() ? "" : "year=" + disclosed.get(0).year() + "&";
            return HttpResponse.seeOther(URI.create("/nominations?" + year + "state=DISCLOSED"));
        } catch (HttpClientResponseException refusal) {
            Map<String, Object> model = list(null, "APPROVED", null, null, null, authentication);
            model.put("picked", Set.copyOf(chosen.nominationIds()));
            return FormErrors.again(refusal, "awards/nominations", model, form);
        }
    }

    /**
     * The office issues a decision over the ticked DISCLOSED nominations whose disclosure ended, numbered by
     * awards-service for the organisation typed and signed by the person named on the day typed ("Ngày ký", default
     * today: the amounts of that day apply, ADR 85); then the decision is shown.
     */
    @Secured("ADMIN")
    @Post("/decide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decide(@Body Map<String, Object> form, Authentication authentication) {
        DisclosureForm chosen = DisclosureForm.of(form);
        try {
            AwardsClient.Decision decision = awards.issue(new AwardsClient.DecisionRequest(
                    text(form, "organisation"),
                    new AwardsClient.Signer(text(form, "signerName"), text(form, "signerPosition")),
                    chosen.nominationIds(),
                    text(form, "signedOn")));
            return HttpResponse.seeOther(URI.create("/decisions/" + decision.id()));
        } catch (HttpClientResponseException refusal) {
            Map<String, Object> model = list(null, "DISCLOSED", null, null, null, authentication);
            model.put("picked", Set.copyOf(chosen.nominationIds()));
            return FormErrors.again(refusal, "awards/nominations", model, form);
        }
    }

    private static String text(Map<String, Object> form, String field) {
        Object value = form.get(field);
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().strip();
    }

    private Map<String, Object> page(String id, Person me) {
        AwardsClient.Nomination nomination = awards.nomination(id);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nomination", nomination);
        model.put("titleNote", titleNote(nomination));
        model.put("admin", me.isAdmin());
        model.put("objections", me.isAdmin() ? awards.objections(id) : List.of());
        model.put("mayObject", "DISCLOSED".equals(nomination.state()));
        model.put("mayWithdraw", me.isAdmin() && !CLOSED.contains(nomination.state()));
        return model;
    }

    /** What the rule set the nomination was made under says could not be verified about its title (or null). */
    private String titleNote(AwardsClient.Nomination nomination) {
        return nomination.ruleSetId() == null
                ? null
                : ruleSets.titles(nomination.ruleSetId()).titles().stream()
                        .filter(t -> t.code().equals(nomination.titleCode()))
                        .map(RuleSetsClient.Title::unverified)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null);
    }

    /** Whether the office may decide the nomination now: disclosed, and its disclosure has ended. */
    static boolean decidable(AwardsClient.Nomination nomination) {
        return "DISCLOSED".equals(nomination.state())
                && nomination.disclosureEnd() != null
                && nomination.disclosureEnd().isBefore(LocalDate.now(Formats.ZONE));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What the disclosure form sends: the ticked nominations (one or many) and an optional first day. */
    /** {@code onPaper}: the box "already held on paper" was ticked (history entered later, ADR 86). */
    record DisclosureForm(
            List<String> nominationIds, @Nullable LocalDate startDate, boolean unreadableStart, boolean onPaper) {

        static DisclosureForm of(Map<String, Object> form) {
            List<String> ids = new ArrayList<>();
            Object ticked = form.get("nominationIds");
            if (ticked instanceof Collection<?> many) {
                many.forEach(id -> ids.add(String.valueOf(id)));
            } else if (ticked != null && !ticked.toString().isBlank()) {
                ids.add(ticked.toString());
            }
            boolean onPaper = form.get("onPaper") != null
                    && "true".equals(form.get("onPaper").toString());
            Object start = form.get("startDate");
            if (start == null || start.toString().isBlank()) {
                return new DisclosureForm(ids, null, false, onPaper);
            }
            try {
                return new DisclosureForm(ids, LocalDate.parse(start.toString().strip()), false, onPaper);
            } catch (DateTimeParseException unreadable) {
                return new DisclosureForm(ids, null, true, onPaper);
            }
        }
    }
}
