package org.thidua.units.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.Topics;
import org.thidua.contracts.units.MemberJoined;
import org.thidua.contracts.units.MemberLeft;
import org.thidua.contracts.units.MemberUpdated;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.units.Api;
import org.thidua.units.UnitsApiTest;

/** Members of a unit through the API: join, change, move with history, leave. */
@MicronautTest(transactional = false)
class MemberApiTest extends UnitsApiTest {

    @Inject
    MemberRepository members;

    @Inject
    MemberAssignmentRepository assignments;

    @Test
    void aMemberJoinsIsChangedMovesWithHistoryAndLeaves() {
        String from = api.unit("VU-TH", "Vụ Tổng hợp");
        String to = api.unit("VU-PL", "Vụ Pháp luật");

        JsonNode joined = api.post(
                members(from),
                Map.of("fullName", "Nguyễn Văn An", "position", "Chuyên viên", "email", "an.nv@quochoi.vn"));
        String id = joined.get("id").asText();
        assertThat(joined.get("active").asBoolean()).isTrue();
        assertThat(joined.get("history")).hasSize(1);
        JsonNode event = events.last(Topics.UNITS, from, UnitRegistered.TYPE, MemberJoined.TYPE);
        assertThat(event.get("unitId").asText()).isEqualTo(from);
        assertThat(event.get("memberId").asText()).isEqualTo(id);
        assertThat(event.get("fullName").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(event.get("position").asText()).isEqualTo("Chuyên viên");
        assertThat(event.get("email").asText()).isEqualTo("an.nv@quochoi.vn");
        long joinedVersion = event.get("version").asLong();

        JsonNode changed = api.put(
                members(from) + "/" + id,
                Map.of("fullName", "Nguyễn Văn An", "position", "Chuyên viên chính", "email", "an.nguyen@quochoi.vn"));
        assertThat(changed.get("position").asText()).isEqualTo("Chuyên viên chính");
        JsonNode updated = events.last(Topics.UNITS, from, UnitRegistered.TYPE, MemberJoined.TYPE, MemberUpdated.TYPE);
        assertThat(updated.get("position").asText()).isEqualTo("Chuyên viên chính");
        assertThat(updated.get("email").asText()).isEqualTo("an.nguyen@quochoi.vn");
        assertThat(updated.get("version").asLong())
                .as("every change of the member is a newer version")
                .isEqualTo(joinedVersion + 1);
        // the same details again publish nothing
        api.put(
                members(from) + "/" + id,
                Map.of("fullName", "Nguyễn Văn An", "position", "Chuyên viên chính", "email", "an.nguyen@quochoi.vn"));

        JsonNode moved = api.post(members(from) + "/" + id + "/move", Map.of("unitId", to));
        assertThat(moved.get("unitId").asText()).isEqualTo(to);
        assertThat(moved.get("history")).hasSize(2);
        assertThat(moved.get("history").get(0).get("unitId").asText()).isEqualTo(from);
        assertThat(moved.get("history").get(0).get("leftAt").asText()).isNotBlank();
        assertThat(moved.get("history").get(1).get("unitId").asText()).isEqualTo(to);
        assertThat(moved.get("history").get(1).get("leftAt").isNull()).isTrue();
        JsonNode left = events.last(
                Topics.UNITS, from, UnitRegistered.TYPE, MemberJoined.TYPE, MemberUpdated.TYPE, MemberLeft.TYPE);
        assertThat(left.get("memberId").asText()).isEqualTo(id);
        JsonNode arrived = events.last(Topics.UNITS, to, UnitRegistered.TYPE, MemberJoined.TYPE);
        assertThat(arrived.get("memberId").asText()).isEqualTo(id);
        assertThat(arrived.get("position").asText()).isEqualTo("Chuyên viên chính");
        // the same instant, on two partitions: the versions say that the member left, then joined
        assertThat(left.get("occurredAt").asText())
                .isEqualTo(arrived.get("occurredAt").asText());
        assertThat(left.get("version").asLong()).isEqualTo(joinedVersion + 2);
        assertThat(arrived.get("version").asLong()).isEqualTo(joinedVersion + 3);

        // under the old unit the member is gone; under the new one and by id alone it is found
        assertThat(api.problem(HttpRequest.GET(members(from) + "/" + id), 404)).isNotNull();
        assertThat(api.get(members(to) + "/" + id).get("fullName").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(api.get("/api/v1/members/" + id).get("history")).hasSize(2);
        assertThat(api.get(members(from)).get("total").asLong()).isZero();
        assertThat(api.get(members(to)).get("items").get(0).get("id").asText()).isEqualTo(id);

        JsonNode gone = api.post(members(to) + "/" + id + "/leave", null);
        assertThat(gone.get("active").asBoolean()).isFalse();
        JsonNode leftForGood = events.last(Topics.UNITS, to, UnitRegistered.TYPE, MemberJoined.TYPE, MemberLeft.TYPE);
        assertThat(leftForGood.get("memberId").asText()).isEqualTo(id);
        assertThat(leftForGood.get("version").asLong()).isEqualTo(joinedVersion + 4);
        assertThat(api.problem(HttpRequest.POST(members(to) + "/" + id + "/leave", Map.of()), 409)
                        .get("currentState")
                        .asText())
                .isEqualTo("LEFT");
        assertThat(api.problem(HttpRequest.PUT(members(to) + "/" + id, Map.of("fullName", "X")), 409)
                        .get("currentState")
                        .asText())
                .isEqualTo("LEFT");
        assertThat(api.get(members(to) + "?active=false").get("total").asLong()).isEqualTo(1);
        assertThat(api.get(members(to) + "?active=true").get("total").asLong()).isZero();

        events.settle(api);
        assertThat(events.types(Topics.UNITS, from))
                .containsExactly(UnitRegistered.TYPE, MemberJoined.TYPE, MemberUpdated.TYPE, MemberLeft.TYPE);
        assertThat(events.types(Topics.UNITS, to))
                .containsExactly(UnitRegistered.TYPE, MemberJoined.TYPE, MemberLeft.TYPE);
    }

    @Test
    void badInputIsA400NamingTheFieldAndNothingIsWrittenOrPublished() {
        String unit = api.unit("VU-TC", "Vụ Tổ chức");
        long before = members.count();

        assertThat(Api.fields(api.problem(HttpRequest.POST(members(unit), Map.of("position", "Chuyên viên")), 400)))
                .containsExactly("fullName");
        Map<String, Object> tooLong = new HashMap<>();
        tooLong.put("fullName", "N".repeat(256));
        tooLong.put("position", "P".repeat(256));
        tooLong.put("email", "a".repeat(250) + "@quochoi.vn");
        assertThat(Api.fields(api.problem(HttpRequest.POST(members(unit), tooLong), 400)))
                .contains("email", "fullName", "position");
        for (String email : List.of("khong-phai-email", "an@", "an@quochoi.nv", " an@quochoi.vn")) {
            JsonNode bad = api.problem(HttpRequest.POST(members(unit), Map.of("fullName", "An", "email", email)), 400);
            assertThat(Api.fields(bad)).as(email).containsExactly("email");
        }
        assertThat(api.problem(HttpRequest.POST(members("no-such-unit"), Map.of("fullName", "An")), 404))
                .isNotNull();

        String member = api.post(members(unit), Map.of("fullName", "Trần Thị Bình"))
                .get("id")
                .asText();
        assertThat(Api.fields(api.problem(
                        HttpRequest.POST(members(unit) + "/" + member + "/move", Map.of("unitId", unit)), 400)))
                .containsExactly("unitId");
        assertThat(Api.fields(api.problem(
                        HttpRequest.POST(members(unit) + "/" + member + "/move", Map.of("unitId", "no-such-unit")),
                        400)))
                .containsExactly("unitId");
        String closed = api.unit("VU-DONG", "Vụ đã giải thể");
        api.post("/api/v1/units/" + closed + "/deactivate", Map.of("reason", "Giải thể"));
        JsonNode toClosed =
                api.problem(HttpRequest.POST(members(unit) + "/" + member + "/move", Map.of("unitId", closed)), 400);
        assertThat(Api.message(toClosed, "unitId")).contains("deactivated");
        JsonNode intoClosed = api.problem(HttpRequest.POST(members(closed), Map.of("fullName", "Lê Văn C")), 409);
        assertThat(intoClosed.get("currentState").asText()).isEqualTo("INACTIVE");

        assertThat(members.count()).isEqualTo(before + 1);
        assertThat(assignments.findByMemberIdOrderById(member)).hasSize(1);
        events.settle(api);
        assertThat(events.types(Topics.UNITS, unit)).containsExactly(UnitRegistered.TYPE, MemberJoined.TYPE);
        assertThat(events.types(Topics.UNITS, closed)).containsExactly(UnitRegistered.TYPE, UnitDeactivated.TYPE);
    }

    @Test
    void membersAreListedByNameOnePageAtATime() {
        String unit = api.unit("VU-KT", "Vụ Kinh tế");
        for (String name : List.of("Đỗ Văn E", "Bùi Thị D", "Phạm Văn G", "Vũ Thị H", "Hoàng Văn F")) {
            api.post(members(unit), Map.of("fullName", name));
        }
        JsonNode first = api.get(members(unit) + "?page=0&size=2");
        assertThat(first.get("total").asLong()).isEqualTo(5);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("items")).hasSize(2);
        JsonNode last = api.get(members(unit) + "?page=2&size=2");
        assertThat(last.get("items")).hasSize(1);
        assertThat(last.get("page").asInt()).isEqualTo(2);
        assertThat(Api.fields(api.problem(HttpRequest.GET(members(unit) + "?page=-1&size=500"), 400)))
                .containsExactly("page", "size");
    }

    private static String members(String unitId) {
        return "/api/v1/units/" + unitId + "/members";
    }
}
