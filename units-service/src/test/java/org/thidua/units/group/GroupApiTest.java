package org.thidua.units.group;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.Topics;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.contracts.groups.GroupLeadershipAssigned;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.units.Api;
import org.thidua.units.UnitsApiTest;

/** Blocks and clusters per year through the API: members, one block a unit a year, the year's head and deputy. */
@MicronautTest(transactional = false)
class GroupApiTest extends UnitsApiTest {

    @Inject
    GroupRepository groups;

    @Inject
    GroupMembershipRepository memberships;

    @Test
    void aBlockIsCreatedGetsMembersAndItsHeadAndDeputyAndEachChangeIsOneEvent() {
        JsonNode created = api.post(
                "/api/v1/groups",
                Map.of("kind", "BLOCK", "year", 2019, "code", "KHOI-III", "name", "Khối thi đua số III"));
        String block = created.get("id").asText();
        assertThat(created.get("memberCount").asLong()).isZero();
        JsonNode event = events.last(Topics.GROUPS, block, GroupCreated.TYPE);
        assertThat(event.get("kind").asText()).isEqualTo("BLOCK");
        assertThat(event.get("year").asInt()).isEqualTo(2019);
        assertThat(event.get("code").asText()).isEqualTo("KHOI-III");
        assertThat(event.get("name").asText()).isEqualTo("Khối thi đua số III");

        String a = api.unit("B3-VPQH", "Văn phòng Quốc hội");
        String b = api.unit("B3-TTXVN", "Thông tấn xã Việt Nam");
        String c = api.unit("B3-TAND", "Tòa án nhân dân tối cao");

        JsonNode added = api.post(members(block), Map.of("unitIds", List.of(a, b)));
        assertThat(added.get("added")).hasSize(2);
        JsonNode changed = events.last(Topics.GROUPS, block, GroupCreated.TYPE, GroupMembershipChanged.TYPE);
        assertThat(texts(changed.get("unitIds"))).containsExactly(a, b);
        assertThat(texts(changed.get("added"))).containsExactly(a, b);
        assertThat(changed.get("removed")).isEmpty();
        assertThat(changed.get("year").asInt()).isEqualTo(2019);
        // adding a member again changes nothing and publishes nothing
        assertThat(api.post(members(block), Map.of("unitIds", List.of(a))).get("added"))
                .isEmpty();

        JsonNode led = api.put("/api/v1/groups/" + block + "/leadership", Map.of("headUnitId", a, "deputyUnitId", b));
        assertThat(led.get("headUnitId").asText()).isEqualTo(a);
        JsonNode assigned = events.last(
                Topics.GROUPS, block, GroupCreated.TYPE, GroupMembershipChanged.TYPE, GroupLeadershipAssigned.TYPE);
        assertThat(assigned.get("headUnitId").asText()).isEqualTo(a);
        assertThat(assigned.get("deputyUnitId").asText()).isEqualTo(b);
        assertThat(assigned.get("year").asInt()).isEqualTo(2019);

        JsonNode listed = api.get(members(block));
        assertThat(listed.get("total").asLong()).isEqualTo(2);
        assertThat(listed.get("items").findValuesAsText("role")).containsExactlyInAnyOrder("HEAD", "DEPUTY");

        // the head cannot leave while it leads
        JsonNode leading = api.problem(HttpRequest.DELETE(members(block) + "/" + a), 409);
        assertThat(leading.get("currentState").asText()).isEqualTo("HEAD");

        // replacing the membership: c joins, b... is the deputy, so the deputy rotates first
        api.put("/api/v1/groups/" + block + "/leadership", Map.of("headUnitId", a));
        JsonNode replaced = api.put(members(block), Map.of("unitIds", List.of(a, c)));
        assertThat(texts(replaced.get("added"))).containsExactly(c);
        assertThat(texts(replaced.get("removed"))).containsExactly(b);
        JsonNode diff = events.last(
                Topics.GROUPS,
                block,
                GroupCreated.TYPE,
                GroupMembershipChanged.TYPE,
                GroupLeadershipAssigned.TYPE,
                GroupLeadershipAssigned.TYPE,
                GroupMembershipChanged.TYPE);
        assertThat(texts(diff.get("unitIds"))).containsExactly(a, c);
        assertThat(texts(diff.get("added"))).containsExactly(c);
        assertThat(texts(diff.get("removed"))).containsExactly(b);

        JsonNode removed = api.send(HttpRequest.DELETE(members(block) + "/" + c));
        assertThat(texts(removed.get("removed"))).containsExactly(c);
        assertThat(api.get("/api/v1/groups/" + block).get("memberCount").asLong())
                .isEqualTo(1);

        events.settle(api);
        assertThat(events.types(Topics.GROUPS, block))
                .containsExactly(
                        GroupCreated.TYPE,
                        GroupMembershipChanged.TYPE,
                        GroupLeadershipAssigned.TYPE,
                        GroupLeadershipAssigned.TYPE,
                        GroupMembershipChanged.TYPE,
                        GroupMembershipChanged.TYPE);
    }

    @Test
    void aUnitIsInAtMostOneBlockAYearButInAnyNumberOfClustersAndNothingIsWrittenWhenRefused() {
        String blockIII = api.group("BLOCK", 2020, "K3-2020", "Khối thi đua số III");
        String blockIV = api.group("BLOCK", 2020, "K4-2020", "Khối thi đua số IV");
        String nextYear = api.group("BLOCK", 2021, "K4-2021", "Khối thi đua số IV");
        String cluster = api.group("CLUSTER", 2020, "CUM-TDBB", "Cụm thi đua các tỉnh Trung du và Bắc bộ");
        String unit = api.unit("TD-PT", "Văn phòng Đoàn ĐBQH và HĐND tỉnh Phú Thọ");
        String other = api.unit("TD-YB", "Văn phòng Đoàn ĐBQH và HĐND tỉnh Yên Bái");
        api.post(members(blockIII), Map.of("unitIds", List.of(unit)));
        long before = memberships.count();

        JsonNode second = api.problem(HttpRequest.POST(members(blockIV), Map.of("unitIds", List.of(other, unit))), 400);
        assertThat(Api.fields(second)).containsExactly("unitIds[1]");
        assertThat(Api.message(second, "unitIds[1]")).contains("K3-2020").contains("one block a year");
        JsonNode unknown = api.problem(
                HttpRequest.POST(members(blockIV), Map.of("unitIds", List.of("00000000-0000-0000-0000-000000000000"))),
                400);
        assertThat(Api.fields(unknown)).containsExactly("unitIds[0]");
        assertThat(Api.fields(api.problem(
                        HttpRequest.POST(members(blockIV), Map.of("unitIds", List.of(unit, " "))), 400)))
                .containsExactly("unitIds[1]");
        assertThat(memberships.count()).as("not even the valid unit was added").isEqualTo(before);

        api.post(members(cluster), Map.of("unitIds", List.of(unit, other)));
        api.post(members(nextYear), Map.of("unitIds", List.of(unit)));
        assertThat(api.get("/api/v1/units?year=2021").get("items").findValuesAsText("id"))
                .containsExactly(unit);
        assertThat(api.get("/api/v1/units?groupId=" + cluster).get("total").asLong())
                .isEqualTo(2);

        String closed = api.unit("TD-CU", "Đơn vị đã ngừng");
        api.post("/api/v1/units/" + closed + "/deactivate", Map.of());
        assertThat(Api.message(
                        api.problem(HttpRequest.POST(members(cluster), Map.of("unitIds", List.of(closed))), 400),
                        "unitIds[0]"))
                .contains("deactivated");

        JsonNode notMember = api.problem(
                HttpRequest.PUT("/api/v1/groups/" + blockIV + "/leadership", Map.of("headUnitId", unit)), 400);
        assertThat(Api.fields(notMember)).containsExactly("headUnitId");
        JsonNode sameTwice = api.problem(
                HttpRequest.PUT(
                        "/api/v1/groups/" + cluster + "/leadership", Map.of("headUnitId", unit, "deputyUnitId", unit)),
                400);
        assertThat(Api.fields(sameTwice)).containsExactly("deputyUnitId");
        assertThat(groups.findById(cluster).orElseThrow().headUnitId()).isNull();

        events.settle(api);
        assertThat(events.types(Topics.GROUPS, blockIV)).containsExactly(GroupCreated.TYPE);
        assertThat(events.types(Topics.GROUPS, blockIII))
                .containsExactly(GroupCreated.TYPE, GroupMembershipChanged.TYPE);
        assertThat(events.types(Topics.GROUPS, cluster))
                .containsExactly(GroupCreated.TYPE, GroupMembershipChanged.TYPE);
    }

    @Test
    void badGroupsAndUnknownGroupsAreProblemsNamingTheField() {
        api.group("CLUSTER", 2019, "CUM-1", "Cụm thi đua số 1");
        long before = groups.count();
        JsonNode duplicate = api.problem(
                HttpRequest.POST(
                        "/api/v1/groups", Map.of("kind", "CLUSTER", "year", 2019, "code", "cum-1", "name", "Trùng mã")),
                409);
        assertThat(Api.fields(duplicate)).containsExactly("code");
        JsonNode invalid = api.problem(
                HttpRequest.POST(
                        "/api/v1/groups", Map.of("kind", "TEAM", "year", 1999, "code", "bad code!", "name", "")),
                400);
        assertThat(Api.fields(invalid)).containsExactly("code", "kind", "name", "year");
        assertThat(groups.count()).isEqualTo(before);
        // the same code in another year is another group
        assertThat(api.group("CLUSTER", 2020, "CUM-1", "Cụm thi đua số 1")).isNotBlank();

        assertThat(api.problem(HttpRequest.GET("/api/v1/groups/no-such-group"), 404))
                .isNotNull();
        assertThat(api.problem(HttpRequest.POST(members("no-such-group"), Map.of("unitIds", List.of("x"))), 404)
                        .get("detail")
                        .asText())
                .contains("no-such-group");
        assertThat(api.problem(
                        HttpRequest.PUT("/api/v1/groups/no-such-group/leadership", Map.of("headUnitId", "x")), 404))
                .isNotNull();
        assertThat(Api.fields(api.problem(HttpRequest.GET("/api/v1/units?groupId=no-such-group"), 400)))
                .containsExactly("groupId");

        JsonNode listed = api.get("/api/v1/groups?year=2019&kind=CLUSTER");
        assertThat(listed.get("items").findValuesAsText("code")).contains("CUM-1");
        assertThat(listed.get("items").findValuesAsText("year")).containsOnly("2019");
        assertThat(Api.fields(api.problem(HttpRequest.GET("/api/v1/groups?kind=TEAM&size=0"), 400)))
                .containsExactly("kind", "size");
    }

    private static String members(String groupId) {
        return "/api/v1/groups/" + groupId + "/members";
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
