package org.thidua.portal.awards;

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
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.thidua.portal.signin.Person;
import org.thidua.portal.web.FormErrors;

/**
 * Award decisions (quyết định khen thưởng): the list (the decisions the registry's awards came from, by year, so no
 * organisation code has to be known), one decision with its awards named and their bonuses ({@code /decisions/{id}},
 * the award e-mail's link, ADR 31), its print view, and the office's revocation of an award with a reason.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/decisions")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class DecisionPages {

    private final AwardsClient awards;
    private final Names names;

    DecisionPages(AwardsClient awards, Names names) {
        this.awards = awards;
        this.names = names;
    }

    @Get("{?year}")
    @View("awards/decisions")
    Map<String, Object> list(@Nullable @QueryValue Integer year) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("year", year);
        model.put("decisions", Registry.decisions(awards.awards(null, null, year, null, 0, 1000)));
        return model;
    }

    @Get("/{id}")
    @View("awards/decision")
    Map<String, Object> decision(String id, Authentication authentication) {
        return page(id, authentication);
    }

    /** The same decision on a clean page for paper: no navigation, print styles. */
    @Get("/{id}/print")
    @View("awards/decision-print")
    Map<String, Object> print(String id, Authentication authentication) {
        return page(id, authentication);
    }

    @Secured("ADMIN")
    @Post("/{id}/awards/{awardId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(String id, String awardId, @Body Map<String, String> form, Authentication authentication) {
        String reason = form.get("reason");
        try {
            awards.revoke(
                    id,
                    awardId,
                    new AwardsClient.ReasonRequest(reason == null || reason.isBlank() ? null : reason.strip()));
        } catch (HttpClientResponseException refusal) {
            Map<String, Object> model = page(id, authentication);
            model.put("revoking", awardId);
            return FormErrors.again(refusal, "awards/decision", model, form);
        }
        return HttpResponse.seeOther(URI.create("/decisions/" + id));
    }

    private Map<String, Object> page(String id, Authentication authentication) {
        AwardsClient.Decision decision = awards.decision(id);
        List<AwardsClient.Award> its = decision.awards();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("decision", decision);
        model.put("admin", Person.of(authentication).isAdmin());
        model.put(
                "rows",
                Registry.rows(
                        its,
                        names.units(its.stream().map(AwardsClient.Award::unitId).toList()),
                        names.members(its.stream()
                                .map(AwardsClient.Award::memberId)
                                .filter(Objects::nonNull)
                                .toList()),
                        null,
                        "—"));
        model.put(
                "total",
                its.stream()
                        .filter(a -> "ACTIVE".equals(a.state()))
                        .map(AwardsClient.Award::bonusAmount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        model.put("revoking", null);
        Map<String, String> multiples = new LinkedHashMap<>();
        its.forEach(a -> multiples.put(a.id(), multiple(a.bonusMultiple())));
        model.put("multiples", multiples);
        return model;
    }

    /** A bonus multiple as Vietnamese writes it: 1.50 → "1,5"; none (a decision before issue 16) → "—". */
    static String multiple(@Nullable BigDecimal multiple) {
        return multiple == null
                ? "—"
                : multiple.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
