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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thidua.portal.services.Page;
import org.thidua.portal.web.FormErrors;

/**
 * The office's units: a search (name regardless of accents, by units-service's {@code name} filter; group), a new
 * unit, a unit's page to edit it (with the version it was read at, ADR 12) or deactivate it, its members and contacts.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/units")
@Secured("ADMIN")
final class UnitPages {

    static final int PAGE_SIZE = 25;

    private final OfficeUnits units;

    UnitPages(OfficeUnits units) {
        this.units = units;
    }

    @Get("{?q,groupId,page}")
    @View("office/units")
    Map<String, Object> list(
            @Nullable @QueryValue String q, @Nullable @QueryValue String groupId, @Nullable @QueryValue Integer page) {
        int at = page == null || page < 0 ? 0 : page;
        String name = q == null || q.isBlank() ? null : q.strip();
        String group = groupId == null || groupId.isBlank() ? null : groupId;
        Page<OfficeUnits.Unit> found = units.search(name, group, at, PAGE_SIZE);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("q", name == null ? "" : name);
        model.put("groupId", group == null ? "" : group);
        model.put("groups", units.groups(null, 0, 200).items());
        model.put("found", found);
        model.put("page", at);
        model.put("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return model;
    }

    @Get("/new")
    @View("office/unit-new")
    Map<String, Object> newUnit() {
        return Map.of("form", Map.of("language", "vi"));
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body Map<String, String> form) {
        try {
            OfficeUnits.Unit unit = units.create(new OfficeUnits.NewUnit(
                    text(form, "code"),
                    text(form, "name"),
                    blank(form, "shortName"),
                    blank(form, "language"),
                    blank(form, "kind"),
                    blank(form, "province")));
            return HttpResponse.seeOther(URI.create("/units/" + unit.id()));
        } catch (HttpClientResponseException refusal) {
            return FormErrors.again(refusal, "office/unit-new", Map.of(), form);
        }
    }

    @Get("/{id}{?saved}")
    @View("office/unit")
    Map<String, Object> unit(String id, @Nullable @QueryValue Boolean saved) {
        Map<String, Object> model = unitModel(id);
        OfficeUnits.Unit unit = (OfficeUnits.Unit) model.get("unit");
        model.put("form", formOf(unit));
        model.put("saved", Boolean.TRUE.equals(saved));
        return model;
    }

    /** A full replacement based on the {@code version} the form was read at; a stale one is the service's 409. */
    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(String id, @Body Map<String, String> form) {
        Long version;
        try {
            version = Long.valueOf(text(form, "version"));
        } catch (NumberFormatException e) {
            version = null;
        }
        try {
            units.update(
                    id,
                    new OfficeUnits.UnitChange(
                            version,
                            text(form, "name"),
                            blank(form, "shortName"),
                            text(form, "language"),
                            blank(form, "kind"),
                            blank(form, "parentUnitId"),
                            blank(form, "province")));
            return HttpResponse.seeOther(URI.create("/units/" + id + "?saved=true"));
        } catch (HttpClientResponseException refusal) {
            return FormErrors.again(refusal, "office/unit", unitModel(id), form);
        }
    }

    @Post("/{id}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deactivate(String id, @Body Map<String, String> form) {
        try {
            units.deactivate(id, new OfficeUnits.Deactivation(blank(form, "reason")));
            return HttpResponse.seeOther(URI.create("/units/" + id));
        } catch (HttpClientResponseException refusal) {
            Map<String, Object> model = unitModel(id);
            model.put("deactivating", true);
            return FormErrors.again(refusal, "office/unit", model, formOf((OfficeUnits.Unit) model.get("unit")));
        }
    }

    private Map<String, Object> unitModel(String id) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("unit", units.unit(id));
        model.put("members", units.members(id, 0, 200).items());
        model.put("contacts", units.contacts(id).contacts());
        return model;
    }

    private static Map<String, String> formOf(OfficeUnits.Unit unit) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", Long.toString(unit.version()));
        form.put("name", unit.name());
        form.put("shortName", unit.shortName() == null ? "" : unit.shortName());
        form.put("language", unit.language());
        form.put("kind", unit.kind() == null ? "" : unit.kind());
        form.put("parentUnitId", unit.parentUnitId() == null ? "" : unit.parentUnitId());
        form.put("province", unit.province() == null ? "" : unit.province());
        return form;
    }

    private static String text(Map<String, String> form, String key) {
        String value = form.get(key);
        return value == null ? "" : value.strip();
    }

    private static String blank(Map<String, String> form, String key) {
        String value = text(form, key);
        return value.isEmpty() ? null : value;
    }

    static List<String> kinds() {
        return List.of("AGENCY", "DEPARTMENT", "PROVINCIAL_OFFICE");
    }
}
