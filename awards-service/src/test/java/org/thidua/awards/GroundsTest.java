package org.thidua.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thidua.awards.AwardsApi.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.EventSchemas;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.Topics;
import org.thidua.contracts.awards.NominationProposed;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.GroupRanking;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.Initiative;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.MemberOutcome;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.RankingEntry;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.UnitOutcomes;
import org.thidua.testing.Headers;
import org.thidua.testing.TopicReader;

/**
 * Grounds people can read and the cap ordered by the year-end score (issue 16, ADR 87), from a finalized year end
 * through the API and the event.
 */
@MicronautTest(transactional = false)
class GroundsTest extends AwardsApiTest {

    private static final int YEAR = 2025;

    private final TopicReader awards = new TopicReader(Topics.AWARDS);

    @AfterAll
    void close() {
        awards.close();
    }

    /**
     * Seven members, all LĐTT (rated GOOD or better, no discipline), under the 2025 set. CSTĐCS needs LĐTT and a
     * recognised initiative or an EXCELLENT rating: only An (EXCELLENT, score 80) and Bình (GOOD, initiative at unit
     * level, score 95.5) qualify. The cap: 15 % of 7 LĐTT = 1.05, rounded down, 1 place. Score first: Bình, though
     * rated lower, takes it; An is OVER_CAP.
     */
    @Test
    void theHigherYearEndScoreTakesTheCapsPlaceAndEveryGroundExplainsItself() {
        String unit = UUID.randomUUID().toString();
        List<String> members = api.unitWithMembers(unit, "CC-" + unit.substring(0, 4), 7);
        String an = members.get(0);
        String binh = members.get(1);
        List<MemberOutcome> outcomes = new ArrayList<>();
        outcomes.add(new MemberOutcome(
                an,
                ReviewPeriodFinalized.TaskRating.EXCELLENT,
                null,
                ReviewPeriodFinalized.Discipline.NONE,
                new BigDecimal("80")));
        outcomes.add(new MemberOutcome(
                binh,
                ReviewPeriodFinalized.TaskRating.GOOD,
                new Initiative(true, "Số hoá sổ khen thưởng", ReviewPeriodFinalized.InitiativeLevel.BASE),
                ReviewPeriodFinalized.Discipline.NONE,
                new BigDecimal("95.5")));
        members.subList(2, 7)
                .forEach(m -> outcomes.add(new MemberOutcome(
                        m,
                        ReviewPeriodFinalized.TaskRating.GOOD,
                        null,
                        ReviewPeriodFinalized.Discipline.NONE,
                        new BigDecimal("99"))));
        String campaign = UUID.randomUUID().toString();
        api.send(new ReviewPeriodFinalized(
                campaign,
                YEAR,
                ReviewPeriod.YEAR_END,
                LocalDate.of(YEAR, 12, 31),
                List.of(new GroupRanking(
                        UUID.randomUUID().toString(), List.of(new RankingEntry(unit, new BigDecimal("95"), 1)))),
                List.of(new UnitOutcomes(unit, ReviewPeriodFinalized.TaskRating.EXCELLENT, outcomes, List.of())),
                List.of(),
                Instant.now(),
                CampaignLaunched.Kind.REGULAR));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> nominations(campaign, "CSTDCS").size() == 2);
        JsonNode proposed = only(campaign, "CSTDCS", "PROPOSED");
        assertThat(proposed.get("memberId").asText())
                .as("score 95.5 before a better rating with 80")
                .isEqualTo(binh);
        assertThat(only(campaign, "CSTDCS", "OVER_CAP").get("memberId").asText())
                .isEqualTo(an);

        JsonNode grounds =
                api.get("/api/v1/nominations/" + proposed.get("id").asText()).get("grounds");
        assertThat(grounds)
                .extracting(g -> g.get("explanationVi").asText())
                .containsExactly(
                        "Đạt Lao động tiên tiến năm 2025",
                        "Cần một trong các điều kiện: đạt — Có sáng kiến được công nhận cấp cơ sở: cần sáng kiến được công "
                                + "nhận từ cấp cơ sở trở lên; hoặc chưa đạt — Xếp loại Hoàn thành tốt nhiệm vụ: cần Hoàn thành "
                                + "xuất sắc nhiệm vụ trở lên",
                        "Đơn vị có 1 suất: 15 % của 7 người đạt Lao động tiên tiến, làm tròn xuống; xếp thứ 1 trong 2 "
                                + "người đủ điều kiện của đơn vị (theo điểm tổng kết, xếp loại, sáng kiến)");
        assertThat(grounds.get(0).get("explanationEn").asText()).isEqualTo("Holds Advanced Worker in 2025");
        assertThat(grounds.get(0).get("reason").asText())
                .as("the technical reason stays")
                .isEqualTo("holds LDTT in 2025");

        // the unit: 7 of 7 LĐTT, "more than 50 %"
        JsonNode collective = api.get("/api/v1/nominations/"
                        + only(campaign, "TTLDTT", "PROPOSED").get("id").asText())
                .get("grounds");
        assertThat(collective)
                .extracting(g -> g.get("explanationVi").asText())
                .contains("7 trên 7 thành viên đạt Lao động tiên tiến: cần trên 50 %");
        assertThat(collective)
                .extracting(g -> g.get("explanationEn").asText())
                .contains("7 of 7 members hold Advanced Worker: more than 50 % required");

        // the evaluation keeps every result with its explanations
        JsonNode evaluation = api.get("/api/v1/evaluations/"
                + api.get("/api/v1/evaluations?campaignId=" + campaign)
                        .get(0)
                        .get("id")
                        .asText());
        JsonNode flag = StreamSupport.stream(evaluation.get("results").spliterator(), false)
                .filter(r -> r.get("recipientId").asText().equals(unit)
                        && r.get("titleCode").asText().equals("CO_THI_DUA"))
                .findFirst()
                .orElseThrow();
        assertThat(flag.get("outcomes"))
                .extracting(o -> o.get("explanationVi").asText())
                .containsExactly(
                        "Xếp loại Hoàn thành xuất sắc nhiệm vụ: cần Hoàn thành xuất sắc nhiệm vụ trở lên",
                        "Xếp hạng 1 trong cụm, khối thi đua: cần hạng 1");

        // NominationProposed carries the same grounds in both languages, schema-valid
        await().atMost(Duration.ofSeconds(20))
                .until(() -> proposedEvent(proposed.get("id").asText()).size() == 1);
        byte[] event = proposedEvent(proposed.get("id").asText()).get(0);
        assertThat(EventSchemas.violations(NominationProposed.TYPE, event)).isEmpty();
        JsonNode data = read(event);
        assertThat(data.get("groundsVi").get(0).asText()).isEqualTo("Đạt: Đạt Lao động tiên tiến năm 2025");
        assertThat(data.get("groundsEn").get(2).asText())
                .isEqualTo("Met: The unit has 1 place: 15 % of 7 holders of Advanced Worker, rounded down; ranked 1 "
                        + "of 2 qualifying in the unit (by year-end score, task rating, initiative)");
        JsonNode overCap = api.get("/api/v1/nominations/"
                + only(campaign, "CSTDCS", "OVER_CAP").get("id").asText());
        assertThat(overCap.get("grounds").get(2).get("explanationVi").asText())
                .endsWith(
                        "; xếp thứ 2 trong 2 người đủ điều kiện của đơn vị (theo điểm tổng kết, xếp loại, sáng kiến)");
        assertThat(data.get("grounds")).hasSize(3);
    }

    /**
     * Grounds and evaluations stored before issue 16 have no explanation: the API answers them as stored, reason
     * and all.
     */
    @Test
    void groundsStoredBeforeTheExplanationsReadAsTheyWere() {
        String unit = UUID.randomUUID().toString();
        String member =
                api.unitWithMembers(unit, "CU-" + unit.substring(0, 4), 1).get(0);
        String campaign = UUID.randomUUID().toString();
        api.send(new ReviewPeriodFinalized(
                campaign,
                YEAR,
                ReviewPeriod.YEAR_END,
                LocalDate.of(YEAR, 12, 31),
                List.of(),
                List.of(new UnitOutcomes(
                        unit,
                        ReviewPeriodFinalized.TaskRating.GOOD,
                        List.of(new MemberOutcome(
                                member,
                                ReviewPeriodFinalized.TaskRating.GOOD,
                                null,
                                ReviewPeriodFinalized.Discipline.NONE)),
                        List.of())),
                List.of(),
                Instant.now(),
                CampaignLaunched.Kind.REGULAR));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> nominations(campaign, "LDTT").size() == 1);
        String id = nominations(campaign, "LDTT").get(0).get("id").asText();
        transactions.executeWrite(status ->
                jdbc.prepareStatement("UPDATE nomination SET grounds = ? WHERE id = ?", statement -> {
                    statement.setString(
                            1,
                            "[{\"condition\":\"task rating GOOD or better\",\"passed\":true,"
                                    + "\"reason\":\"task rating GOOD, GOOD or better required\"}]");
                    statement.setString(2, id);
                    return statement.executeUpdate();
                }));

        JsonNode ground = api.get("/api/v1/nominations/" + id).get("grounds").get(0);
        assertThat(ground.get("reason").asText()).isEqualTo("task rating GOOD, GOOD or better required");
        assertThat(ground.hasNonNull("explanationVi")).isFalse();
        assertThat(ground.hasNonNull("explanationEn")).isFalse();

        // an evaluation stored before: its outcomes without the texts
        String evaluation = api.get("/api/v1/evaluations?campaignId=" + campaign)
                .get(0)
                .get("id")
                .asText();
        transactions.executeWrite(status ->
                jdbc.prepareStatement("UPDATE evaluation SET results = ? WHERE id = ?", statement -> {
                    statement.setString(
                            1,
                            "[{\"kind\":\"INDIVIDUAL\",\"recipientId\":\"" + member + "\","
                                    + "\"unitId\":\"" + unit + "\",\"titleCode\":\"LDTT\",\"status\":\"ELIGIBLE\","
                                    + "\"outcomes\":[{\"condition\":\"task rating GOOD or better\",\"passed\":true,"
                                    + "\"reason\":\"task rating GOOD, GOOD or better required\"}]}]");
                    statement.setString(2, evaluation);
                    return statement.executeUpdate();
                }));
        JsonNode outcome = api.get("/api/v1/evaluations/" + evaluation)
                .get("results")
                .get(0)
                .get("outcomes")
                .get(0);
        assertThat(outcome.get("reason").asText()).isEqualTo("task rating GOOD, GOOD or better required");
        assertThat(outcome.hasNonNull("explanationVi")).isFalse();
    }

    private List<JsonNode> nominations(String campaignId, String titleCode) {
        List<JsonNode> found = new ArrayList<>();
        api.get("/api/v1/nominations?size=1000&campaignId=" + campaignId).forEach(n -> {
            if (n.get("titleCode").asText().equals(titleCode)) {
                found.add(n);
            }
        });
        return found;
    }

    private JsonNode only(String campaignId, String titleCode, String state) {
        List<JsonNode> found = nominations(campaignId, titleCode).stream()
                .filter(n -> n.get("state").asText().equals(state))
                .toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<byte[]> proposedEvent(String nominationId) {
        return awards.withKey(nominationId).stream()
                .filter(r -> NominationProposed.TYPE.equals(Headers.of(r, "ce_type")))
                .map(r -> r.value())
                .toList();
    }
}
