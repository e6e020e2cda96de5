package org.thidua.units.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.Topics;
import org.thidua.contracts.units.ContactChanged;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.units.Api;
import org.thidua.units.UnitsApiTest;

/** A unit's contacts through the API; each change publishes the whole list; the API says when there is none. */
@MicronautTest(transactional = false)
class ContactApiTest extends UnitsApiTest {

    @Inject
    ContactRepository contacts;

    @Test
    void contactsAreSetAddedAndRemovedAndEveryChangePublishesTheWholeList() {
        String unit = api.unit("VP-HN", "Văn phòng Đoàn ĐBQH và HĐND thành phố Hà Nội");
        JsonNode none = api.get(contacts(unit));
        assertThat(none.get("reachable").asBoolean()).isFalse();
        assertThat(none.get("contacts")).isEmpty();
        assertThat(api.get("/api/v1/units/" + unit).get("reachable").asBoolean())
                .isFalse();

        JsonNode set = api.put(
                contacts(unit),
                Map.of(
                        "contacts",
                        List.of(
                                Map.of("email", "vanphong@hanoi.gov.vn", "role", "GENERAL"),
                                Map.of(
                                        "email",
                                        "chanhvanphong@hanoi.gov.vn",
                                        "role",
                                        "HEAD",
                                        "name",
                                        "Nguyễn Thị Hương"))));
        assertThat(set.get("reachable").asBoolean()).isTrue();
        assertThat(set.get("contacts")).hasSize(2);
        assertThat(set.get("contacts").get(0).get("role").asText())
                .as("heads first")
                .isEqualTo("HEAD");
        JsonNode first = events.last(Topics.UNITS, unit, UnitRegistered.TYPE, ContactChanged.TYPE);
        assertThat(first.get("contacts")).hasSize(2);
        assertThat(first.get("contacts").get(0).get("email").asText()).isEqualTo("chanhvanphong@hanoi.gov.vn");
        assertThat(first.get("contacts").get(0).get("name").asText()).isEqualTo("Nguyễn Thị Hương");
        assertThat(api.get("/api/v1/units/" + unit).get("reachable").asBoolean())
                .isTrue();
        String headId = set.get("contacts").get(0).get("id").asText();

        // the same list again (addresses compare case-insensitively): nothing changes, ids stay, nothing published
        JsonNode same = api.put(
                contacts(unit),
                Map.of(
                        "contacts",
                        List.of(
                                Map.of("email", "VanPhong@hanoi.gov.vn", "role", "GENERAL"),
                                Map.of(
                                        "email",
                                        "chanhvanphong@hanoi.gov.vn",
                                        "role",
                                        "HEAD",
                                        "name",
                                        "Nguyễn Thị Hương"))));
        assertThat(same.get("contacts").get(0).get("id").asText()).isEqualTo(headId);

        JsonNode added = api.post(
                contacts(unit),
                Map.of("email", "thidua@hanoi.gov.vn", "role", "EMULATION_OFFICER", "name", "Lê Văn Thi"));
        JsonNode second =
                events.last(Topics.UNITS, unit, UnitRegistered.TYPE, ContactChanged.TYPE, ContactChanged.TYPE);
        assertThat(second.get("contacts")).hasSize(3);
        assertThat(second.get("contacts").get(1).get("role").asText()).isEqualTo("EMULATION_OFFICER");

        JsonNode duplicate = api.problem(
                HttpRequest.POST(contacts(unit), Map.of("email", "THIDUA@hanoi.gov.vn", "role", "EMULATION_OFFICER")),
                409);
        assertThat(Api.fields(duplicate)).containsExactly("email");

        api.delete(contacts(unit) + "/" + added.get("id").asText());
        JsonNode third = events.last(
                Topics.UNITS, unit, UnitRegistered.TYPE, ContactChanged.TYPE, ContactChanged.TYPE, ContactChanged.TYPE);
        assertThat(third.get("contacts")).hasSize(2);

        JsonNode emptied = api.put(contacts(unit), Map.of("contacts", List.of()));
        assertThat(emptied.get("reachable").asBoolean()).isFalse();
        JsonNode fourth = events.last(
                Topics.UNITS,
                unit,
                UnitRegistered.TYPE,
                ContactChanged.TYPE,
                ContactChanged.TYPE,
                ContactChanged.TYPE,
                ContactChanged.TYPE);
        assertThat(fourth.get("contacts")).as("no contact left").isEmpty();
        assertThat(api.get("/api/v1/units?reachable=false&code=VP-HN")
                        .get("total")
                        .asLong())
                .isEqualTo(1);

        events.settle(api);
        assertThat(events.types(Topics.UNITS, unit)).hasSize(5);
    }

    @Test
    void badContactsAreA400NamingTheEntryAndNothingIsWrittenOrPublished() {
        String unit = api.unit("VP-HP", "Văn phòng Đoàn ĐBQH và HĐND thành phố Hải Phòng");
        JsonNode repeated = api.problem(
                HttpRequest.PUT(
                        contacts(unit),
                        Map.of(
                                "contacts",
                                List.of(
                                        Map.of("email", "vp@haiphong.gov.vn", "role", "GENERAL"),
                                        Map.of("email", "VP@haiphong.gov.vn", "role", "GENERAL")))),
                400);
        assertThat(Api.fields(repeated)).containsExactly("contacts[1].email");
        JsonNode invalid = api.problem(
                HttpRequest.PUT(
                        contacts(unit),
                        Map.of(
                                "contacts",
                                List.of(
                                        Map.of("email", "vp@haiphong.gov.vn", "role", "GENERAL"),
                                        Map.of("email", "khong-phai-email", "role", "BOSS")))),
                400);
        assertThat(Api.fields(invalid)).containsExactly("contacts[1].email", "contacts[1].role");
        assertThat(Api.fields(api.problem(HttpRequest.POST(contacts(unit), Map.of("role", "HEAD")), 400)))
                .containsExactly("email");
        assertThat(Api.fields(api.problem(HttpRequest.PUT(contacts(unit), Map.of()), 400)))
                .containsExactly("contacts");
        assertThat(api.problem(HttpRequest.DELETE(contacts(unit) + "/no-such-contact"), 404))
                .isNotNull();

        String closed = api.unit("VP-CU", "Văn phòng cũ");
        api.post("/api/v1/units/" + closed + "/deactivate", Map.of());
        assertThat(api.problem(
                                HttpRequest.POST(contacts(closed), Map.of("email", "cu@quochoi.vn", "role", "HEAD")),
                                409)
                        .get("currentState")
                        .asText())
                .isEqualTo("INACTIVE");

        assertThat(contacts.findByUnitId(unit)).isEmpty();
        assertThat(contacts.findByUnitId(closed)).isEmpty();
        events.settle(api);
        assertThat(events.types(Topics.UNITS, unit)).containsExactly(UnitRegistered.TYPE);
        assertThat(events.types(Topics.UNITS, closed)).containsExactly(UnitRegistered.TYPE, UnitDeactivated.TYPE);
    }

    private static String contacts(String unitId) {
        return "/api/v1/units/" + unitId + "/contacts";
    }
}
