package org.thidua.units.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.Topics;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.contracts.units.UnitUpdated;
import org.thidua.units.Api;
import org.thidua.units.UnitsApiTest;

/** Units through their API: register, read, update with optimistic locking, the hierarchy, deactivate. */
@MicronautTest(transactional = false)
class UnitLifecycleTest extends UnitsApiTest {

    @Inject
    UnitRepository units;

    @Test
    void registeringWithTheNewFieldsPublishesThemAndTheOldContractStillWorks() {
        String agency = api.unit(Map.of("code", "VPQH", "name", "Văn phòng Quốc hội", "kind", "AGENCY"));
        JsonNode office = api.post(
                "/api/v1/units",
                Map.of(
                        "code",
                        "VPQH-NA",
                        "name",
                        "Văn phòng Đoàn ĐBQH và HĐND " + "tỉnh Nghệ An",
                        "shortName",
                        "VP Nghệ An",
                        "language",
                        "en",
                        "kind",
                        "PROVINCIAL_OFFICE",
                        "parentUnitId",
                        agency,
                        "province",
                        "Nghệ An"));
        String id = office.get("id").asText();
        assertThat(office.get("parentUnitId").asText()).isEqualTo(agency);
        assertThat(office.get("reachable").asBoolean()).as("no contact yet").isFalse();
        assertThat(office.get("version").asLong()).isZero();

        JsonNode registered = events.last(Topics.UNITS, id, UnitRegistered.TYPE);
        assertThat(registered.get("unitId").asText()).isEqualTo(id);
        assertThat(registered.get("code").asText()).isEqualTo("VPQH-NA");
        assertThat(registered.get("kind").asText()).isEqualTo("PROVINCIAL_OFFICE");
        assertThat(registered.get("parentUnitId").asText()).isEqualTo(agency);
        assertThat(registered.get("province").asText()).isEqualTo("Nghệ An");
        assertThat(registered.get("language").asText()).isEqualTo("en");
        assertThat(registered.get("active").asBoolean()).isTrue();

        JsonNode read = api.get("/api/v1/units/" + id);
        assertThat(read.get("kind").asText()).isEqualTo("PROVINCIAL_OFFICE");
        assertThat(read.get("province").asText()).isEqualTo("Nghệ An");

        JsonNode unknownParent = api.problem(
                HttpRequest.POST(
                        "/api/v1/units",
                        Map.of(
                                "code",
                                "ORPHAN",
                                "name",
                                "Mồ côi",
                                "parentUnitId",
                                "00000000-0000-0000-0000-000000000000")),
                400);
        assertThat(Api.fields(unknownParent)).containsExactly("parentUnitId");
        JsonNode badKind = api.problem(
                HttpRequest.POST(
                        "/api/v1/units",
                        Map.of("code", "K1", "name", "K", "kind", "MINISTRY", "province", "x".repeat(101))),
                400);
        assertThat(Api.fields(badKind)).containsExactly("kind", "province");
        assertThat(units.existsByCode("ORPHAN")).isFalse();
        assertThat(api.problem(HttpRequest.GET("/api/v1/units/no-such-unit"), 404)
                        .get("type")
                        .asText())
                .isEqualTo("https://thidua.org/problems/not-found");
    }

    @Test
    void anUpdatePublishesTheDetailsAfterTheChangeAndAStaleVersionIsA409WithTheCurrentVersion() {
        String parent = api.unit("VU-HC", "Vụ Hành chính");
        String id = api.unit("PHONG-1", "Phòng Tổng hợp");

        JsonNode updated = api.put("/api/v1/units/" + id, update(0, "Phòng Tổng hợp – Hành chính", parent));
        assertThat(updated.get("version").asLong()).isEqualTo(1);
        assertThat(updated.get("name").asText()).isEqualTo("Phòng Tổng hợp – Hành chính");
        assertThat(updated.get("parentUnitId").asText()).isEqualTo(parent);

        List<JsonNode> data = events.await(Topics.UNITS, id, UnitRegistered.TYPE, UnitUpdated.TYPE);
        JsonNode event = data.get(1);
        assertThat(event.get("unitId").asText()).isEqualTo(id);
        assertThat(event.get("code").asText()).isEqualTo("PHONG-1");
        assertThat(event.get("name").asText()).isEqualTo("Phòng Tổng hợp – Hành chính");
        assertThat(event.get("parentUnitId").asText()).isEqualTo(parent);
        assertThat(event.get("kind").asText()).isEqualTo("DEPARTMENT");
        assertThat(event.get("language").asText()).isEqualTo("vi");

        // the same details again: nothing changes, nothing is published
        JsonNode same = api.put("/api/v1/units/" + id, update(1, "Phòng Tổng hợp – Hành chính", parent));
        assertThat(same.get("version").asLong()).isEqualTo(1);

        JsonNode stale = api.problem(HttpRequest.PUT("/api/v1/units/" + id, update(0, "Lost update", null)), 409);
        assertThat(stale.get("type").asText()).isEqualTo("https://thidua.org/problems/stale-version");
        assertThat(stale.get("currentVersion").asLong()).isEqualTo(1);

        Map<String, Object> codeChange = update(1, "X", null);
        codeChange.put("code", "PHONG-2");
        assertThat(Api.fields(api.problem(HttpRequest.PUT("/api/v1/units/" + id, codeChange), 400)))
                .containsExactly("code");
        Map<String, Object> invalid = update(1, " ", null);
        invalid.put("shortName", "s".repeat(101));
        invalid.remove("version");
        assertThat(Api.fields(api.problem(HttpRequest.PUT("/api/v1/units/" + id, invalid), 400)))
                .containsExactly("name", "shortName", "version");
        assertThat(api.problem(HttpRequest.PUT("/api/v1/units/nope", update(0, "X", null)), 404))
                .isNotNull();

        events.settle(api);
        assertThat(events.types(Topics.UNITS, id)).containsExactly(UnitRegistered.TYPE, UnitUpdated.TYPE);
        assertThat(units.findById(id).orElseThrow().name()).isEqualTo("Phòng Tổng hợp – Hành chính");
    }

    @Test
    void twoConcurrentUpdatesOfOneUnitOneWinsTheOtherGetsA409AndNoUpdateIsLost() throws Exception {
        String id = api.unit("CONC-1", "Trung tâm Thông tin");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Object>> attempts = new ArrayList<>();
        for (String name : List.of("Trung tâm Thông tin – A", "Trung tâm Thông tin – B")) {
            attempts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return http.toBlocking()
                            .exchange(HttpRequest.PUT("/api/v1/units/" + id, update(0, name, null)), String.class);
                } catch (HttpClientResponseException e) {
                    return e;
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = attempts.stream().map(CompletableFuture::join).toList();
        List<HttpClientResponseException> losers = outcomes.stream()
                .filter(HttpClientResponseException.class::isInstance)
                .map(HttpClientResponseException.class::cast)
                .toList();
        assertThat(losers).as("exactly one of the two loses").hasSize(1);
        HttpClientResponseException loser = losers.get(0);
        assertThat(loser.getStatus().getCode()).isEqualTo(409);
        JsonNode problem = Api.read(loser.getResponse().getBody(String.class).orElseThrow());
        assertThat(problem.get("currentVersion").asLong()).isEqualTo(1);

        JsonNode winner = api.get("/api/v1/units/" + id);
        String winnerName = winner.get("name").asText();
        assertThat(winnerName).isIn("Trung tâm Thông tin – A", "Trung tâm Thông tin – B");
        assertThat(winner.get("version").asLong()).isEqualTo(1);

        // the loser re-reads, reapplies its change on the current version, and nothing is lost
        String loserName = winnerName.endsWith("A") ? "Trung tâm Thông tin – B" : "Trung tâm Thông tin – A";
        JsonNode retried = api.put(
                "/api/v1/units/" + id,
                update(problem.get("currentVersion").asLong(), loserName + " (sau " + winnerName + ")", null));
        assertThat(retried.get("version").asLong()).isEqualTo(2);

        List<JsonNode> data = events.await(Topics.UNITS, id, UnitRegistered.TYPE, UnitUpdated.TYPE, UnitUpdated.TYPE);
        assertThat(data.get(1).get("name").asText()).isEqualTo(winnerName);
        assertThat(data.get(2).get("name").asText()).isEqualTo(loserName + " (sau " + winnerName + ")");
        events.settle(api);
        assertThat(events.types(Topics.UNITS, id)).hasSize(3);
    }

    @Test
    void aCycleInTheHierarchyIsRefusedNamingTheParentAndNothingChanges() {
        String top = api.unit("CAP-1", "Cấp 1");
        String middle = api.unit(Map.of("code", "CAP-2", "name", "Cấp 2", "parentUnitId", top));
        String bottom = api.unit(Map.of("code", "CAP-3", "name", "Cấp 3", "parentUnitId", middle));

        JsonNode cycle = api.problem(HttpRequest.PUT("/api/v1/units/" + top, update(0, "Cấp 1", bottom)), 400);
        assertThat(Api.fields(cycle)).containsExactly("parentUnitId");
        assertThat(Api.message(cycle, "parentUnitId")).contains("cycle");
        JsonNode self = api.problem(HttpRequest.PUT("/api/v1/units/" + top, update(0, "Cấp 1", top)), 400);
        assertThat(Api.message(self, "parentUnitId")).contains("own parent");

        assertThat(units.findById(top).orElseThrow().parentId()).isNull();
        assertThat(units.findById(top).orElseThrow().version()).isZero();
        events.settle(api);
        assertThat(events.types(Topics.UNITS, top)).containsExactly(UnitRegistered.TYPE);
    }

    @Test
    void aDeactivatedUnitKeepsItsHistoryAndReceivesNothingNew() {
        String parent = api.unit("CU-1", "Cục Cũ");
        String child = api.unit(Map.of("code", "CU-1-1", "name", "Phòng thuộc Cục Cũ", "parentUnitId", parent));

        JsonNode stale = api.problem(
                HttpRequest.POST("/api/v1/units/" + parent + "/deactivate", Map.of("reason", "x", "version", 7)), 409);
        assertThat(stale.get("currentVersion").asLong()).isZero();

        JsonNode deactivated = api.post(
                "/api/v1/units/" + parent + "/deactivate",
                Map.of("reason", "Sáp nhập vào Văn phòng Quốc hội", "version", 0));
        assertThat(deactivated.get("active").asBoolean()).isFalse();
        assertThat(deactivated.get("deactivatedAt").asText()).isNotBlank();
        JsonNode event = events.last(Topics.UNITS, parent, UnitRegistered.TYPE, UnitDeactivated.TYPE);
        assertThat(event.get("reason").asText()).isEqualTo("Sáp nhập vào Văn phòng Quốc hội");
        assertThat(event.get("unitId").asText()).isEqualTo(parent);

        JsonNode twice = api.problem(HttpRequest.POST("/api/v1/units/" + parent + "/deactivate", Map.of()), 409);
        assertThat(twice.get("currentState").asText()).isEqualTo("INACTIVE");
        JsonNode change = api.problem(HttpRequest.PUT("/api/v1/units/" + parent, update(1, "Cục Mới", null)), 409);
        assertThat(change.get("currentState").asText()).isEqualTo("INACTIVE");
        JsonNode newChild = api.problem(
                HttpRequest.POST("/api/v1/units", Map.of("code", "CU-1-2", "name", "Mới", "parentUnitId", parent)),
                400);
        assertThat(Api.message(newChild, "parentUnitId")).contains("deactivated");

        // its history stays: the sub-unit keeps its parent and can still be changed itself
        JsonNode sub = api.put("/api/v1/units/" + child, update(0, "Phòng thuộc Cục Cũ (lưu)", parent));
        assertThat(sub.get("parentUnitId").asText()).isEqualTo(parent);
        // a deactivation without a body
        String other = api.unit("CU-2", "Cục Khác");
        assertThat(api.send(HttpRequest.POST("/api/v1/units/" + other + "/deactivate", "")
                                .contentType("application/json"))
                        .get("active")
                        .asBoolean())
                .isFalse();
        JsonNode reason = events.last(Topics.UNITS, other, UnitRegistered.TYPE, UnitDeactivated.TYPE);
        assertThat(reason.get("reason").isNull()).isTrue();

        events.settle(api);
        assertThat(events.types(Topics.UNITS, parent)).containsExactly(UnitRegistered.TYPE, UnitDeactivated.TYPE);
        assertThat(events.types(Topics.UNITS, child)).containsExactly(UnitRegistered.TYPE, UnitUpdated.TYPE);
        assertThat(units.existsByCode("CU-1-2")).isFalse();
    }

    private static Map<String, Object> update(long version, String name, String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("name", name);
        body.put("language", "vi");
        body.put("kind", "DEPARTMENT");
        if (parent != null) {
            body.put("parentUnitId", parent);
        }
        return body;
    }
}
