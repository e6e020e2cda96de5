package org.thidua.portal.office;

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
import org.thidua.portal.web.FormErrors;
import org.thidua.portal.web.Formats;

/**
 * Blocks and clusters by year: create one, add units found by name, remove a unit, make a member the head unit.
 * units-service keeps the rules (one block per unit and year, members of the group as its head).
 */
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Controller("/groups")
@Secured("ADMIN")
final class GroupPages {

    private final OfficeUnits units;

    GroupPages(OfficeUnits units) {
        this.units = units;
    }

    @Get("{?year}")
    @View("office/groups")
    Map<String, Object> list(@Nullable @QueryValue Integer year) {
        return listModel(year == null ? LocalDate.now(Formats.ZONE).getYear() : year);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body Map<String, String> form) {
        Integer year = null;
        try {
            year = Integer.valueOf(form.getOrDefault("year", "").strip());
        } catch (NumberFormatException e) {
            // the service names the missing year
        }
        try {
            OfficeUnits.GroupView group = units.createGroup(new OfficeUnits.NewGroup(
                    form.get("kind"),
                    year,
                    form.getOrDefault("code", "").strip(),
                    form.getOrDefault("name", "").strip()));
            return HttpResponse.seeOther(URI.create("/groups/" + group.id()));
        } catch (HttpClientResponseException refusal) {
            return FormErrors.again(
                    refusal,
                    "office/groups",
                    listModel(year == null ? LocalDate.now(Formats.ZONE).getYear() : year),
                    form);
        }
    }

    @Get("/{id}{?q}")
    @View("office/group")
    Map<String, Object> group(String id, @Nullable @QueryValue String q) {
        return groupModel(id, q);
    }

    @Post("/{id}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(String id, @Body Map<String, String> form) {
        return membership(
                id, () -> units.addMembers(id, new OfficeUnits.Membership(List.of(form.getOrDefault("unitId", "")))));
    }

    @Post("/{id}/members/{unitId}/remove")
    HttpResponse<?> remove(String id, String unitId) {
        return membership(id, () -> units.removeMember(id, unitId));
    }

    @Post("/{id}/head")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> head(String id, @Body Map<String, String> form) {
        OfficeUnits.GroupView group = units.group(id);
        return membership(
                id,
                () -> units.leadership(
                        id,
                        new OfficeUnits.Leadership(
                                form.get("unitId"),
                                form.get("unitId") != null && form.get("unitId").equals(group.deputyUnitId())
                                        ? null
                                        : group.deputyUnitId())));
    }

    private HttpResponse<?> membership(String id, Runnable call) {
        try {
            call.run();
            return HttpResponse.seeOther(URI.create("/groups/" + id));
        } catch (HttpClientResponseException refusal) {
            return FormErrors.again(refusal, "office/group", groupModel(id, null), Map.of());
        }
    }

    private Map<String, Object> listModel(int year) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("year", year);
        model.put("groups", units.groups(year, 0, 200).items());
        model.put("form", Map.of("year", Integer.toString(year), "kind", "BLOCK"));
        return model;
    }

    private Map<String, Object> groupModel(String id, String q) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("group", units.group(id));
        model.put("members", units.groupMembers(id, 0, 200).items());
        model.put("q", q == null ? "" : q);
        model.put(
                "found",
                q == null || q.isBlank()
                        ? List.of()
                        : units.search(q.strip(), null, 0, 20).items());
        return model;
    }
}
