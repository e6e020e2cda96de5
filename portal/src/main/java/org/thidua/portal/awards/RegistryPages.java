package org.thidua.portal.awards;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.thidua.portal.signin.Person;

/**
 * The award registry (sổ khen thưởng): for the office every award, by year, title and state, found by a part of the
 * unit's or recipient's name typed with or without accents; for a unit's officer the same page with its own unit's
 * awards only. The registry's rows carry ids: the names come from units-service (see {@link Names}); the name search
 * keeps the rows of the service's answer (at most {@value #ROWS}) whose names match.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/awards")
@Secured({"ADMIN", "UNIT_OFFICER"})
final class RegistryPages {

    static final int ROWS = 1000;

    private final AwardsClient awards;
    private final Names names;

    RegistryPages(AwardsClient awards, Names names) {
        this.awards = awards;
        this.names = names;
    }

    @Get("{?q,year,titleCode,state}")
    @View("awards/registry")
    Map<String, Object> registry(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue Integer year,
            @Nullable @QueryValue String titleCode,
            @Nullable @QueryValue String state,
            Authentication authentication) {
        Person me = Person.of(authentication);
        String unit = me.isAdmin() ? null : me.unitId();
        String title = titleCode == null || titleCode.isBlank() ? null : titleCode;
        String known = "ACTIVE".equals(state) || "REVOKED".equals(state) ? state : null;
        List<AwardsClient.Award> found = awards.awards(unit, title, year, known, 0, ROWS);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("own", !me.isAdmin());
        model.put("q", q == null ? "" : q);
        model.put("year", year);
        model.put("titleCode", title == null ? "" : title);
        model.put("state", known == null ? "" : known);
        model.put("titles", awards.titles().titles());
        model.put(
                "rows",
                Registry.rows(
                        found,
                        names.units(
                                found.stream().map(AwardsClient.Award::unitId).toList()),
                        names.members(found.stream()
                                .map(AwardsClient.Award::memberId)
                                .filter(Objects::nonNull)
                                .toList()),
                        q,
                        "—"));
        return model;
    }
}
