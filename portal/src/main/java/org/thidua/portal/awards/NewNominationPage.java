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
import io.micronaut.views.View;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thidua.portal.services.UnitsClient;
import org.thidua.portal.web.FormErrors;
import org.thidua.portal.web.Formats;

/**
 * The office nominates by hand (an extraordinary achievement, with grounds): first the unit, found by a part of its
 * name (accents ignored, units-service's search), then the title from the rule set in force and the nominee, one of
 * the unit's members or the unit itself.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/nominations/new")
@Secured("ADMIN")
final class NewNominationPage {

    private final AwardsClient awards;
    private final UnitsClient units;
    private final Names.MembersClient members;

    NewNominationPage(AwardsClient awards, UnitsClient units, Names.MembersClient members) {
        this.awards = awards;
        this.units = units;
        this.members = members;
    }

    @Get("{?unitId,unit}")
    @View("awards/nomination-new")
    Map<String, Object> form(@Nullable @QueryValue String unitId, @Nullable @QueryValue String unit) {
        return model(unitId == null || unitId.isBlank() ? null : unitId, unit);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> nominate(@Body Map<String, String> form) {
        NominationForm typed = NominationForm.of(form);
        try {
            AwardsClient.Nomination nomination = awards.propose(typed.request());
            return HttpResponse.seeOther(URI.create("/nominations/" + nomination.id()));
        } catch (HttpClientResponseException refusal) {
            return FormErrors.again(refusal, "awards/nomination-new", model(typed.unitId(), null), form);
        }
    }

    private Map<String, Object> model(String unitId, String unitQuery) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("unitQuery", unitQuery == null ? "" : unitQuery);
        model.put("thisYear", LocalDate.now(Formats.ZONE).getYear());
        if (unitId == null) {
            model.put("unit", null);
            model.put(
                    "found",
                    unitQuery == null || unitQuery.isBlank()
                            ? List.of()
                            : units.search(unitQuery.strip(), null, 0, 20).items());
            return model;
        }
        model.put("unit", units.unit(unitId));
        model.put("members", members.ofUnit(unitId, true, 200).items());
        model.put("titles", awards.titles().titles());
        return model;
    }
}
