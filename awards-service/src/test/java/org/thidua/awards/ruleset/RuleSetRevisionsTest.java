package org.thidua.awards.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thidua.awards.AwardsApi;
import org.thidua.awards.AwardsApiTest;
import org.thidua.testing.TestTokens;

/**
 * Correcting rule sets through the API (ADR 84): a correction supersedes the set of its period, audited, and leaves
 * the decisions issued under the old version as they were; a set never used is retired; start-up seeding audits the
 * shipped corrections once.
 */
@MicronautTest(transactional = false)
class RuleSetRevisionsTest extends AwardsApiTest {

    @Inject
    RuleCatalogue catalogue;

    private final String unit = UUID.randomUUID().toString();
    private List<String> members;

    @BeforeAll
    void api() {
        members = api.unitWithMembers(unit, "REV-1", 3);
    }

    /**
     * Two nominations of 2025 for LĐTT under vn-2025-v2 (multiple 0.3). Decision 1 is issued today, with the base
     * salary of 2.340.000 ₫ (since 01/07/2024): 0,3 × 2.340.000 = 702.000 ₫. ADMIN then supersedes vn-2025-v2 with a
     * version paying LĐTT 0,5: decision 1 and its award still say 702.000 ₫, decision 2, issued afterwards, pays
     * 0,5 × 2.340.000 = 1.170.000 ₫.
     */
    @Test
    void aCorrectionLeavesIssuedDecisionsAsTheyWereAndNewOnesPayItsMultiples() {
        List<String> nominations = List.of(nominate(members.get(0), 2025), nominate(members.get(1), 2025));
        approveAndDisclose(nominations);
        JsonNode first = decide(nominations.get(0));
        assertThat(first.get("awards").get(0).get("bonusAmount").asLong()).isEqualTo(702_000L);
        JsonNode firstBefore = api.get("/api/v1/decisions/" + first.get("id").asText());

        ObjectNode correction = correction("vn-2025-v2", "rev-2025-v3", "Sửa hệ số thưởng Lao động tiên tiến");
        JsonNode loaded = api.post("/api/v1/rule-sets", correction);
        assertThat(loaded.get("state").asText()).isEqualTo("IN_FORCE");
        assertThat(loaded.get("supersedes").asText()).isEqualTo("vn-2025-v2");
        assertThat(loaded.get("reason").asText()).isEqualTo("Sửa hệ số thưởng Lao động tiên tiến");
        assertThat(summary("vn-2025-v2").get("state").asText()).isEqualTo("SUPERSEDED");
        assertThat(summary("vn-2025-v2").get("supersededBy").asText()).isEqualTo("rev-2025-v3");
        assertThat(api.get("/api/v1/titles").get("ruleSetId").asText()).isEqualTo("rev-2025-v3");

        JsonNode audit = api.get("/api/v1/audit?subject=rule-set:vn-2025-v2");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("action").asText()).isEqualTo("RULE_SET_SUPERSEDED");
        assertThat(audit.get(0).get("actor").asText()).isEqualTo("admin");
        assertThat(audit.get(0).get("detail")).isEqualTo(AwardsApi.read("""
                {"reason": "Sửa hệ số thưởng Lao động tiên tiến", "supersededId": "vn-2025-v2",
                 "supersedingId": "rev-2025-v3"}"""));

        JsonNode second = decide(nominations.get(1));
        assertThat(second.get("awards").get(0).get("bonusAmount").asLong()).isEqualTo(1_170_000L);
        // the first decision is never recomputed: the same answer, awards and amounts included
        assertThat(api.get("/api/v1/decisions/" + first.get("id").asText())).isEqualTo(firstBefore);
        assertThat(api.get("/api/v1/awards?unitId=" + unit))
                .extracting(a -> a.get("bonusAmount").asLong())
                .containsExactlyInAnyOrder(702_000L, 1_170_000L);
    }

    @Test
    void aCorrectionIsRefusedWithoutAReasonForAnotherPeriodOrOverAnOldVersion() {
        ObjectNode noReason = correction("vn-2024-v2", "rev-2024-x", "x");
        noReason.remove("reason");
        assertThat(AwardsApi.fields(api.refused("/api/v1/rule-sets", noReason, HttpStatus.BAD_REQUEST)))
                .containsExactly("reason");
        ObjectNode otherDay = correction("vn-2024-v2", "rev-2024-x", "Sửa ngày hiệu lực");
        otherDay.put("effectiveFrom", "2024-02-01");
        JsonNode day = api.refused("/api/v1/rule-sets", otherDay, HttpStatus.BAD_REQUEST);
        assertThat(AwardsApi.fields(day)).containsExactly("effectiveFrom");
        assertThat(day.get("detail").asText()).contains("01/01/2024");
        ObjectNode unknown = correction("vn-2024-v2", "rev-2024-x", "Sửa");
        unknown.put("supersedes", "vn-1999");
        assertThat(AwardsApi.fields(api.refused("/api/v1/rule-sets", unknown, HttpStatus.BAD_REQUEST)))
                .containsExactly("supersedes");
        // vn-2024 was superseded by the shipped vn-2024-v2 at start-up: correct the version in force instead
        api.conflict("/api/v1/rule-sets", correction("vn-2024", "rev-2024-x", "Sửa bản cũ"), "SUPERSEDED");
        assertThat(AwardsApi.fields(api.refused(
                        "/api/v1/rule-sets", correction("vn-2024-v2", "vn-2018", "Sửa"), HttpStatus.CONFLICT)))
                .containsExactly("id");
        assertThat(api.get("/api/v1/audit?subject=rule-set:vn-2024-v2")).isEmpty();
    }

    @Test
    void aSetNeverUsedIsRetiredAndAUsedOneIsNot() {
        String definition = """
                {"id": "rev-2033", "effectiveFrom": "2033-01-01", "source": "kiểm thử", "titles": [
                 {"code": "LDTT", "nameVi": "Lao động tiên tiến", "kind": "INDIVIDUAL", "level": "BASE",
                  "bonusMultiple": "0.4", "conditions": [{"type": "MinimumTaskRating", "rating": "GOOD"}]}]}""";
        api.post("/api/v1/rule-sets", AwardsApi.read(definition));
        assertThat(api.get("/api/v1/titles?date=2033-06-01").get("ruleSetId").asText())
                .isEqualTo("rev-2033");
        assertThat(AwardsApi.fields(api.refused("/api/v1/rule-sets/rev-2033/retire", Map.of(), HttpStatus.BAD_REQUEST)))
                .containsExactly("reason");

        JsonNode retired = api.post("/api/v1/rule-sets/rev-2033/retire", Map.of("reason", "Nạp nhầm ngày"));
        assertThat(retired.get("state").asText()).isEqualTo("RETIRED");
        assertThat(retired.get("retiredAt").isTextual()).isTrue();
        assertThat(api.get("/api/v1/titles?date=2033-06-01").get("ruleSetId").asText())
                .isNotEqualTo("rev-2033");
        // still readable, as loaded
        assertThat(api.get("/api/v1/rule-sets/rev-2033").get("id").asText()).isEqualTo("rev-2033");
        assertThat(api.get("/api/v1/titles?ruleSetId=rev-2033")
                        .get("titles")
                        .get(0)
                        .get("bonusMultiple")
                        .decimalValue())
                .isEqualByComparingTo("0.4");
        JsonNode audit = api.get("/api/v1/audit?subject=rule-set:rev-2033");
        assertThat(audit)
                .extracting(e -> e.get("action").asText() + " " + e.get("actor").asText() + " "
                        + e.get("detail").get("reason").asText())
                .containsExactly("RULE_SET_RETIRED admin Nạp nhầm ngày");
        api.conflict("/api/v1/rule-sets/rev-2033/retire", Map.of("reason", "Lần nữa"), "RETIRED");
        api.conflict("/api/v1/rule-sets", correction("rev-2033", "rev-2033-v2", "Sửa"), "RETIRED");

        // a nomination of 2024 is made under vn-2024-v2: that set was used
        nominate(members.get(2), 2024);
        JsonNode used = api.conflict("/api/v1/rule-sets/vn-2024-v2/retire", Map.of("reason", "Thử"), "IN_USE");
        assertThat(used.get("detail").asText()).contains("1 nomination");
        api.conflict("/api/v1/rule-sets/vn-2024/retire", Map.of("reason", "Thử"), "SUPERSEDED");
    }

    /**
     * A built-in correction never used is retired like any set: the version it corrected is in force again, and
     * seeding at the next start does not bring it back. Start-up audited each shipped correction once (actor system).
     */
    @Test
    void aRetiredBuiltInStaysRetiredAndSeedingAuditsEachShippedCorrectionOnce() {
        assertThat(api.get("/api/v1/titles?date=2019-06-01").get("ruleSetId").asText())
                .isEqualTo("vn-2018-v2");
        api.post("/api/v1/rule-sets/vn-2018-v2/retire", Map.of("reason", "Bản sửa chưa đúng"));
        assertThat(api.get("/api/v1/titles?date=2019-06-01").get("ruleSetId").asText())
                .isEqualTo("vn-2018");
        assertThat(summary("vn-2018").get("state").asText()).isEqualTo("IN_FORCE");

        catalogue.seedDefaults(null);
        catalogue.seedDefaults(null);

        assertThat(summary("vn-2018-v2").get("state").asText()).isEqualTo("RETIRED");
        assertThat(api.get("/api/v1/titles?date=2019-06-01").get("ruleSetId").asText())
                .isEqualTo("vn-2018");
        for (String shipped : List.of("vn-2018", "vn-2024", "vn-2025")) {
            JsonNode audit = api.get("/api/v1/audit?subject=rule-set:" + shipped);
            assertThat(audit)
                    .as(shipped)
                    .extracting(
                            e -> e.get("action").asText() + " " + e.get("actor").asText() + " "
                                    + e.get("detail").get("supersedingId").asText())
                    .containsExactly("RULE_SET_SUPERSEDED system " + shipped + "-v2");
        }
    }

    @Test
    void summariesAndTitlesSayWhatAPersonNeedsToJudgeASet() {
        JsonNode v2 = summary("vn-2024-v2");
        assertThat(v2.get("state").asText()).isEqualTo("IN_FORCE");
        assertThat(v2.get("effectiveFrom").asText()).isEqualTo("2024-01-01");
        assertThat(v2.get("effectiveTo").asText()).isEqualTo("2025-06-30");
        assertThat(v2.get("supersedes").asText()).isEqualTo("vn-2024");
        assertThat(v2.get("reason").asText()).isNotBlank();
        assertThat(v2.get("source").asText()).contains("98/2023");
        assertThat(v2.get("unverified").asText()).isNotBlank();
        assertThat(v2.get("disclosureWorkingDays").asInt()).isEqualTo(5);
        JsonNode v1 = summary("vn-2024");
        assertThat(v1.get("state").asText()).isEqualTo("SUPERSEDED");
        assertThat(v1.get("supersededBy").asText()).isEqualTo("vn-2024-v2");
        assertThat(v1.get("effectiveTo").isNull()).isTrue();

        JsonNode ldtt = title(api.get("/api/v1/titles?date=2024-12-31"), "LDTT");
        assertThat(ldtt.get("line").asText()).isEqualTo("INDIVIDUAL_YEAR");
        assertThat(ldtt.get("automatic").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/titles?ruleSetId=vn-2024").get("ruleSetId").asText())
                .isEqualTo("vn-2024");
        assertThat(title(api.get("/api/v1/titles?ruleSetId=vn-2024"), "LDTT")
                        .get("line")
                        .isNull())
                .isTrue();
        api.problem(HttpRequest.GET("/api/v1/titles?ruleSetId=vn-1999"), 404);
        // the audit is the office's
        api.as(TestTokens.viewer()).problem(HttpRequest.GET("/api/v1/audit"), 403);
    }

    private JsonNode summary(String id) {
        return StreamSupport.stream(api.get("/api/v1/rule-sets").spliterator(), false)
                .filter(s -> s.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode title(JsonNode catalogue, String code) {
        return StreamSupport.stream(catalogue.get("titles").spliterator(), false)
                .filter(t -> t.get("code").asText().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** {@code of}'s definition as loaded, as a new version {@code id} correcting it, LĐTT paid 0,5. */
    private ObjectNode correction(String of, String id, String reason) {
        ObjectNode definition = (ObjectNode) api.get("/api/v1/rule-sets/" + of);
        definition.put("id", id);
        definition.put("supersedes", of);
        definition.put("reason", reason);
        for (JsonNode title : definition.get("titles")) {
            if (title.get("code").asText().equals("LDTT")) {
                ((ObjectNode) title).put("bonusMultiple", "0.5");
            }
        }
        return definition;
    }

    private String nominate(String member, int year) {
        return api.post(
                        "/api/v1/nominations",
                        Map.of(
                                "year",
                                year,
                                "titleCode",
                                "LDTT",
                                "recipientKind",
                                "MEMBER",
                                "unitId",
                                unit,
                                "memberId",
                                member,
                                "grounds",
                                List.of("Hoàn thành tốt nhiệm vụ năm " + year)))
                .get("id")
                .asText();
    }

    private void approveAndDisclose(List<String> nominations) {
        String council = api.post(
                        "/api/v1/councils",
                        Map.of(
                                "name",
                                "Hội đồng sửa quy định",
                                "members",
                                List.of(Map.of("memberId", "rv-a", "fullName", "Chủ tịch", "chair", true))))
                .get("id")
                .asText();
        String session = "/api/v1/councils/" + council + "/sessions/"
                + api.post("/api/v1/councils/" + council + "/sessions", Map.of("nominationIds", nominations))
                        .get("id")
                        .asText();
        api.as(TestTokens.councilMember("rv-a"))
                .post(
                        session + "/votes",
                        Map.of(
                                "memberId",
                                "rv-a",
                                "votes",
                                nominations.stream()
                                        .map(n -> Map.of("nominationId", n, "choice", "APPROVE"))
                                        .toList()));
        api.post(session + "/close", null);
        api.discloseAsIfDaysAgo(nominations, 20);
    }

    private JsonNode decide(String nomination) {
        return api.post(
                "/api/v1/decisions",
                Map.of(
                        "organisation",
                        "VPQH-REV",
                        "signer",
                        Map.of("name", "Nguyễn Văn A", "position", "Chủ nhiệm"),
                        "nominationIds",
                        List.of(nomination)));
    }
}
