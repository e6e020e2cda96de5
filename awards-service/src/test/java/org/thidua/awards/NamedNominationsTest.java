package org.thidua.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thidua.awards.AwardsApi.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.EventSchemas;
import org.thidua.contracts.Topics;
import org.thidua.contracts.awards.DisclosurePublished;
import org.thidua.contracts.awards.NominationApproved;
import org.thidua.contracts.awards.NominationDisclosed;
import org.thidua.contracts.awards.NominationRejected;
import org.thidua.contracts.awards.NominationWithdrawn;
import org.thidua.testing.Headers;
import org.thidua.testing.TestTokens;
import org.thidua.testing.TopicReader;

/**
 * A council member and the notices read names, not ids: nominations, the council session and the awards events name
 * the nominee, the unit and the title (issue 15); the councils list shows each caller the councils it reads (ADR 65);
 * one disclosure call is one {@link DisclosurePublished} listing every nomination it disclosed (ADR 43).
 */
@MicronautTest(transactional = false)
class NamedNominationsTest extends AwardsApiTest {

    private static final int YEAR = 2024;

    private final TopicReader awards = new TopicReader(Topics.AWARDS);
    private final String unit = UUID.randomUUID().toString();
    private final String neighbour = UUID.randomUUID().toString();
    private final String block = UUID.randomUUID().toString();
    private List<String> members;

    @BeforeAll
    void units() {
        members = api.unitWithMembers(unit, "NM-TH", 3);
        api.unitWithMembers(neighbour, "NM-NA", 1);
        api.group(block, YEAR, List.of(unit, neighbour));
    }

    @AfterAll
    void close() {
        awards.close();
    }

    @Test
    void nominationsTheCouncilSessionAndTheAwardsEventsNameTheNomineeTheUnitAndTheTitle() {
        String lan = nominate("MEMBER", members.get(0), "LDTT", "Hoàn thành xuất sắc nhiệm vụ năm");
        String hung = nominate("MEMBER", members.get(1), "LDTT", "Hoàn thành tốt nhiệm vụ");
        String collective = nominate("UNIT", null, "TTLDTT", "Tập thể hoàn thành tốt nhiệm vụ");
        String toWithdraw = nominate("MEMBER", members.get(2), "LDTT", "Hồ sơ trùng");

        JsonNode one = api.get("/api/v1/nominations/" + lan);
        assertThat(one.get("nomineeName").asText()).isEqualTo("Cán bộ NM-TH 1");
        assertThat(one.get("unitName").asText()).isEqualTo("Đơn vị NM-TH");
        assertThat(one.get("titleName").asText()).isEqualTo("Lao động tiên tiến");
        assertThat(one.get("grounds").get(0).get("reason").asText()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ năm");
        JsonNode listed = api.get("/api/v1/nominations?unitId=" + unit);
        assertThat(listed).hasSize(4);
        assertThat(listed)
                .allSatisfy(n -> assertThat(n.get("unitName").asText()).isEqualTo("Đơn vị NM-TH"));
        assertThat(listed)
                .extracting(n -> n.get("nomineeName").asText())
                .containsExactlyInAnyOrder("Cán bộ NM-TH 1", "Cán bộ NM-TH 2", "Đơn vị NM-TH", "Cán bộ NM-TH 3");

        String council = api.post(
                        "/api/v1/councils",
                        Map.of(
                                "name",
                                "Hội đồng TĐKT " + unit,
                                "members",
                                List.of(
                                        Map.of("memberId", "nm-chair", "fullName", "Chủ tịch", "chair", true),
                                        Map.of("memberId", "nm-2", "fullName", "Ủy viên", "chair", false))))
                .get("id")
                .asText();
        String councilPath = "/api/v1/councils/" + council;
        List<String> before = List.of(lan, hung, collective, toWithdraw);
        String session = api.post(councilPath + "/sessions", Map.of("nominationIds", before))
                .get("id")
                .asText();
        String sessionPath = councilPath + "/sessions/" + session;
        JsonNode seen = api.as(TestTokens.councilMember("nm-2")).get(sessionPath);
        assertThat(seen.get("nominations")).hasSize(4).allSatisfy(n -> {
            assertThat(n.get("unitName").asText()).isEqualTo("Đơn vị NM-TH");
            assertThat(n.get("grounds")).isNotEmpty();
        });
        JsonNode lanInSession = byId(seen.get("nominations"), "nominationId", lan);
        assertThat(lanInSession.get("nomineeName").asText()).isEqualTo("Cán bộ NM-TH 1");
        assertThat(lanInSession.get("titleName").asText()).isEqualTo("Lao động tiên tiến");
        assertThat(lanInSession.get("grounds").get(0).get("reason").asText())
                .isEqualTo("Hoàn thành xuất sắc nhiệm vụ năm");
        assertThat(byId(seen.get("nominations"), "nominationId", collective)
                        .get("nomineeName")
                        .asText())
                .isEqualTo("Đơn vị NM-TH");

        for (String member : List.of("nm-chair", "nm-2")) {
            api.as(TestTokens.councilMember(member))
                    .post(
                            sessionPath + "/votes",
                            Map.of(
                                    "memberId",
                                    member,
                                    "votes",
                                    before.stream()
                                            .map(n -> Map.of(
                                                    "nominationId", n, "choice", n.equals(hung) ? "REJECT" : "APPROVE"))
                                            .toList()));
        }
        api.post(sessionPath + "/close", null);
        JsonNode approved = event(lan, NominationApproved.TYPE);
        assertThat(approved.get("nomineeName").asText()).isEqualTo("Cán bộ NM-TH 1");
        assertThat(approved.get("unitName").asText()).isEqualTo("Đơn vị NM-TH");
        assertThat(approved.get("titleName").asText()).isEqualTo("Lao động tiên tiến");
        JsonNode rejected = event(hung, NominationRejected.TYPE);
        assertThat(rejected.get("nomineeName").asText()).isEqualTo("Cán bộ NM-TH 2");
        assertThat(rejected.get("titleName").asText()).isEqualTo("Lao động tiên tiến");

        api.post("/api/v1/nominations/" + toWithdraw + "/withdraw", Map.of("reason", "Trùng hồ sơ"));
        JsonNode withdrawn = event(toWithdraw, NominationWithdrawn.TYPE);
        assertThat(withdrawn.get("nomineeName").asText()).isEqualTo("Cán bộ NM-TH 3");
        assertThat(withdrawn.get("unitName").asText()).isEqualTo("Đơn vị NM-TH");
        assertThat(withdrawn.get("reason").asText()).isEqualTo("Trùng hồ sơ");

        // one disclosure call: a NominationDisclosed per nomination, named, and one DisclosurePublished for the whole
        JsonNode disclosed =
                api.post("/api/v1/nominations/disclose", Map.of("nominationIds", List.of(lan, collective)));
        assertThat(disclosed)
                .extracting(n -> n.get("nomineeName").asText())
                .containsExactlyInAnyOrder("Cán bộ NM-TH 1", "Đơn vị NM-TH");
        JsonNode lanDisclosed = event(lan, NominationDisclosed.TYPE);
        assertThat(lanDisclosed.get("nomineeName").asText()).isEqualTo("Cán bộ NM-TH 1");
        assertThat(lanDisclosed.get("titleName").asText()).isEqualTo("Lao động tiên tiến");
        await().atMost(Duration.ofSeconds(20)).until(() -> published(lan).size() == 1);
        ConsumerRecord<String, byte[]> record = published(lan).get(0);
        assertThat(EventSchemas.violations(DisclosurePublished.TYPE, record.value()))
                .isEmpty();
        JsonNode whole = read(record.value());
        assertThat(record.key()).isEqualTo(whole.get("disclosureId").asText());
        assertThat(whole.get("year").asInt()).isEqualTo(YEAR);
        assertThat(whole.get("disclosureEnd").asText())
                .isEqualTo(lanDisclosed.get("disclosureEnd").asText());
        assertThat(whole.get("nominations")).hasSize(2);
        JsonNode lanListed = byId(whole.get("nominations"), "nominationId", lan);
        assertThat(lanListed.get("nomineeName").asText()).isEqualTo("Cán bộ NM-TH 1");
        assertThat(lanListed.get("unitName").asText()).isEqualTo("Đơn vị NM-TH");
        assertThat(lanListed.get("titleName").asText()).isEqualTo("Lao động tiên tiến");
        assertThat(byId(whole.get("nominations"), "nominationId", collective)
                        .get("titleName")
                        .asText())
                .isEqualTo("Tập thể lao động tiên tiến");
        assertThat(whole.get("groups")).hasSize(1);
        assertThat(whole.get("groups").get(0).get("groupId").asText()).isEqualTo(block);
        assertThat(whole.get("groups").get(0).get("unitIds"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(unit, neighbour);
    }

    @Test
    void theCouncilsListShowsTheOfficeEveryCouncilAndAMemberTheCouncilsItSitsOn() {
        String mine = api.post(
                        "/api/v1/councils",
                        Map.of(
                                "name",
                                "Hội đồng cấp cơ sở",
                                "members",
                                List.of(Map.of("memberId", "list-chair", "fullName", "Chủ tịch", "chair", true))))
                .get("id")
                .asText();
        String other = api.post(
                        "/api/v1/councils",
                        Map.of(
                                "name",
                                "Hội đồng cấp bộ",
                                "members",
                                List.of(Map.of("memberId", "list-other", "fullName", "Chủ tịch", "chair", true))))
                .get("id")
                .asText();

        JsonNode all = api.get("/api/v1/councils?size=200");
        long total = all.get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(all.get("items")).extracting(c -> c.get("id").asText()).contains(mine, other);
        assertThat(all.get("items").get(0).get("id").asText())
                .as("newest first")
                .isEqualTo(other);
        JsonNode page = api.get("/api/v1/councils?page=1&size=1");
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("id").asText()).isEqualTo(mine);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("total").asLong()).isEqualTo(total);

        JsonNode asMember = api.as(TestTokens.councilMember("list-chair")).get("/api/v1/councils");
        assertThat(asMember.get("total").asLong()).isEqualTo(1);
        assertThat(asMember.get("items")).extracting(c -> c.get("id").asText()).containsExactly(mine);
        assertThat(asMember.get("items")
                        .get(0)
                        .get("members")
                        .get(0)
                        .get("fullName")
                        .asText())
                .isEqualTo("Chủ tịch");
        JsonNode asOfficer = api.as(TestTokens.unitOfficer(unit)).get("/api/v1/councils");
        assertThat(asOfficer.get("total").asLong()).isZero();
        assertThat(asOfficer.get("items")).isEmpty();
    }

    @Test
    void aCouncilMemberSeesWhichNominationsItVotedOnButNeverHowAndOthersSeeNoneOfItsVotes() {
        String ballotUnit = UUID.randomUUID().toString();
        List<String> people = api.unitWithMembers(ballotUnit, "YV-HN", 2);
        String first = api.post(
                        "/api/v1/nominations",
                        Map.of(
                                "year",
                                YEAR,
                                "titleCode",
                                "LDTT",
                                "recipientKind",
                                "MEMBER",
                                "unitId",
                                ballotUnit,
                                "memberId",
                                people.get(0),
                                "grounds",
                                List.of("Sáng kiến cấp cơ sở")))
                .get("id")
                .asText();
        String second = api.post(
                        "/api/v1/nominations",
                        Map.of(
                                "year",
                                YEAR,
                                "titleCode",
                                "LDTT",
                                "recipientKind",
                                "MEMBER",
                                "unitId",
                                ballotUnit,
                                "memberId",
                                people.get(1),
                                "grounds",
                                List.of("Hoàn thành tốt")))
                .get("id")
                .asText();
        String council = api.post(
                        "/api/v1/councils",
                        Map.of(
                                "name",
                                "Hội đồng bỏ phiếu kín",
                                "members",
                                List.of(
                                        Map.of("memberId", "yv-chair", "fullName", "Chủ tịch", "chair", true),
                                        Map.of("memberId", "yv-2", "fullName", "Ủy viên", "chair", false))))
                .get("id")
                .asText();
        String sessionPath = "/api/v1/councils/" + council + "/sessions/"
                + api.post("/api/v1/councils/" + council + "/sessions", Map.of("nominationIds", List.of(first, second)))
                        .get("id")
                        .asText();

        api.as(TestTokens.councilMember("yv-chair"))
                .post(
                        sessionPath + "/votes",
                        Map.of(
                                "memberId",
                                "yv-chair",
                                "votes",
                                List.of(Map.of("nominationId", first, "choice", "REJECT"))));

        JsonNode chair =
                api.as(TestTokens.councilMember("yv-chair")).get(sessionPath).get("nominations");
        assertThat(byId(chair, "nominationId", first).get("youVoted").asBoolean())
                .isTrue();
        assertThat(byId(chair, "nominationId", second).get("youVoted").asBoolean())
                .isFalse();
        assertThat(chair.toString()).doesNotContain("REJECT");
        JsonNode other =
                api.as(TestTokens.councilMember("yv-2")).get(sessionPath).get("nominations");
        assertThat(other)
                .allSatisfy(n -> assertThat(n.get("youVoted").asBoolean()).isFalse());
        assertThat(byId(other, "nominationId", first).get("votesCast").asInt()).isEqualTo(1);
        assertThat(byId(other, "nominationId", first).get("tally").isNull())
                .as("open: no tally")
                .isTrue();
        JsonNode office = api.get(sessionPath).get("nominations");
        assertThat(office)
                .allSatisfy(n ->
                        assertThat(n.hasNonNull("youVoted")).as("not a member").isFalse());
    }

    private String nominate(String kind, String member, String title, String ground) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "year", YEAR, "titleCode", title, "recipientKind", kind, "unitId", unit, "grounds", List.of(ground)));
        if (member != null) {
            body.put("memberId", member);
        }
        return api.post("/api/v1/nominations", body).get("id").asText();
    }

    private JsonNode event(String nominationId, String type) {
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        awards.withKey(nominationId).stream().anyMatch(r -> type.equals(Headers.of(r, "ce_type"))));
        ConsumerRecord<String, byte[]> record = awards.withKey(nominationId).stream()
                .filter(r -> type.equals(Headers.of(r, "ce_type")))
                .findFirst()
                .orElseThrow();
        assertThat(EventSchemas.violations(type, record.value())).isEmpty();
        return read(record.value());
    }

    private List<ConsumerRecord<String, byte[]>> published(String nominationId) {
        return awards.poll(r -> DisclosurePublished.TYPE.equals(Headers.of(r, "ce_type"))
                && new String(r.value(), StandardCharsets.UTF_8).contains(nominationId));
    }

    private static JsonNode byId(JsonNode list, String field, String id) {
        List<JsonNode> found = new ArrayList<>();
        list.forEach(n -> {
            if (n.get(field).asText().equals(id)) {
                found.add(n);
            }
        });
        assertThat(found).as("%s %s", field, id).hasSize(1);
        return found.get(0);
    }
}
