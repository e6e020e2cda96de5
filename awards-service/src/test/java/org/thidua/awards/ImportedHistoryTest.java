package org.thidua.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.GroupRanking;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.Initiative;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.MemberOutcome;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.RankingEntry;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.UnitOutcomes;
import org.thidua.testing.JsonApi;

/**
 * History from before 2018 (issue 16, ADR 0082): awards decided under the Law of 2003 as amended in 2013 and Decree
 * 42/2010 import from 2014 on, and count for a later consecutive-years title; a year before the Law of 2013 took
 * effect is still refused, naming the row, with nothing written.
 */
@MicronautTest(transactional = false)
class ImportedHistoryTest extends AwardsApiTest {

    private static final int YEAR = 2019;

    private final String unit = UUID.randomUUID().toString();
    private List<String> members;

    @BeforeAll
    void unit() {
        members = api.unitWithMembers(unit, "VP-LS", 10);
    }

    @Test
    void awardsOf2016And2017ImportAndCountForAMinistryLevelFighterIn2019() {
        String an = members.get(0);
        // a year before 01/06/2014 has no rule set: the row is named, nothing is written
        JsonNode refused =
                api.refusedCsv("/api/v1/awards/import", """
                year,titleCode,recipientKind,unitId,memberId,decisionNumber,decisionDate,bonusAmount
                2016,LDTT,MEMBER,%s,%s,3/QĐ-VPQH,2017-01-10,363000
                2013,LDTT,MEMBER,%s,%s,5/QĐ-VPQH,2014-01-10,345000
                """.formatted(unit, an, unit, an), HttpStatus.BAD_REQUEST);
        assertThat(JsonApi.fields(refused)).containsExactly("rows[3].titleCode");
        assertThat(JsonApi.message(refused, "rows[3].titleCode"))
                .isEqualTo("unknown title 'LDTT' in the rule set in force at the end of 2013");

        // the office's paper records, with the bonuses paid then (hand-worked, Decree 91/2017 Art. 69 multiples and
        // the base salary on each decision date):
        //   LĐTT 2016, decided 10/01/2017: 0.3 x 1.210.000 (Decree 47/2016, from 01/05/2016) = 363.000 ₫
        //   CSTĐCS 2017, decided 15/01/2018: 1.0 x 1.300.000 (Decree 47/2017, from 01/07/2017) = 1.300.000 ₫
        //   CSTĐCS 2018, decided 15/01/2019: 1.0 x 1.390.000 (Decree 72/2018, from 01/07/2018) = 1.390.000 ₫
        //   Bằng khen cấp bộ 2017 (a form the office gives by hand), decided 20/02/2018: 1.0 x 1.300.000
        JsonNode imported = api.postCsv("/api/v1/awards/import", """
                year,titleCode,recipientKind,unitId,memberId,decisionNumber,decisionDate,bonusAmount
                2016,LDTT,MEMBER,%1$s,%2$s,3/QĐ-VPQH,2017-01-10,363000
                2017,CSTDCS,MEMBER,%1$s,%2$s,7/QĐ-VPQH,2018-01-15,1300000
                2017,BK_BO,MEMBER,%1$s,%2$s,412/QĐ-BNV,2018-02-20,1300000
                2018,CSTDCS,MEMBER,%1$s,%2$s,9/QĐ-VPQH,2019-01-15,1390000
                """.formatted(unit, an));
        assertThat(imported.get("imported").asInt()).isEqualTo(4);
        assertThat(api.get("/api/v1/awards?memberId=" + an))
                .extracting(
                        a -> a.get("year").asInt() + " " + a.get("titleCode").asText() + " "
                                + a.get("bonusAmount").asLong())
                .containsExactlyInAnyOrder(
                        "2016 LDTT 363000", "2017 CSTDCS 1300000", "2017 BK_BO 1300000", "2018 CSTDCS 1390000");

        // the year-end review of 2019: an excellent with a ministry-level initiative, nine members rated good.
        // Ten LĐTT, so one CSTĐCS place (15 % of 10, rounded down), an's; CSTĐCS 2017, 2018 and 2019 are three
        // consecutive years, with the ministry-level initiative: CSTĐ cấp bộ, ban, ngành, tỉnh
        String campaign = UUID.randomUUID().toString();
        List<MemberOutcome> outcomes = new ArrayList<>();
        outcomes.add(new MemberOutcome(
                an,
                ReviewPeriodFinalized.TaskRating.EXCELLENT,
                new Initiative(true, "Chuẩn hoá hồ sơ khen thưởng", ReviewPeriodFinalized.InitiativeLevel.MINISTRY),
                ReviewPeriodFinalized.Discipline.NONE));
        members.subList(1, 10)
                .forEach(m -> outcomes.add(new MemberOutcome(
                        m, ReviewPeriodFinalized.TaskRating.GOOD, null, ReviewPeriodFinalized.Discipline.NONE)));
        api.send(new ReviewPeriodFinalized(
                campaign,
                YEAR,
                ReviewPeriod.YEAR_END,
                LocalDate.of(YEAR, 12, 31),
                List.of(new GroupRanking(
                        UUID.randomUUID().toString(), List.of(new RankingEntry(unit, new BigDecimal("90"), 1)))),
                List.of(new UnitOutcomes(unit, ReviewPeriodFinalized.TaskRating.GOOD, outcomes, List.of())),
                List.of(),
                Instant.now(),
                CampaignLaunched.Kind.REGULAR));

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        api.get("/api/v1/evaluations?campaignId=" + campaign).size() == 1);
        JsonNode evaluation = api.get("/api/v1/evaluations/"
                + api.get("/api/v1/evaluations?campaignId=" + campaign)
                        .get(0)
                        .get("id")
                        .asText());
        JsonNode fighter = StreamSupport.stream(evaluation.get("results").spliterator(), false)
                .filter(r -> r.get("recipientId").asText().equals(an)
                        && r.get("titleCode").asText().equals("CSTD_BO"))
                .findFirst()
                .orElseThrow();
        assertThat(fighter.get("status").asText()).isEqualTo("ELIGIBLE");
        assertThat(fighter.toString()).contains("holds CSTDCS in every year 2017-2019");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> nominations(campaign).stream()
                        .anyMatch(n -> n.get("titleCode").asText().equals("CSTD_BO")));
        assertThat(nominations(campaign))
                .filteredOn(n -> n.get("titleCode").asText().equals("CSTD_BO"))
                .extracting(
                        n -> n.get("memberId").asText() + " " + n.get("state").asText())
                .containsExactly(an + " PROPOSED");
        // nothing is proposed by the engine for the forms the office gives by hand
        assertThat(nominations(campaign))
                .extracting(n -> n.get("titleCode").asText())
                .doesNotContain("BK_BO", "BK_TTG", "GIAY_KHEN", "CO_THI_DUA_CP");
    }

    @Test
    void theOfficeProposesTheFormsByHandWithTheMultipleOfTheYearsSet() {
        // a ministry's Bằng khen for 2016 (vn-2014, Decree 91/2017's figure kept: 1.0) and for 2025 (vn-2025-v2,
        // Decree 152/2025 Art. 54 khoản 1 điểm b: 1.5); the Government's flag for a unit in 2019 (Art. 69: 12.0)
        String binh = members.get(1);
        JsonNode in2016 = api.post(
                "/api/v1/nominations",
                Map.of(
                        "year",
                        2016,
                        "titleCode",
                        "BK_BO",
                        "recipientKind",
                        "MEMBER",
                        "unitId",
                        unit,
                        "memberId",
                        binh,
                        "grounds",
                        List.of("Hoàn thành xuất sắc nhiệm vụ hai năm liền, hai sáng kiến cấp cơ sở")));
        assertThat(in2016.get("state").asText()).isEqualTo("PROPOSED");
        assertThat(in2016.get("ruleSetId").asText()).isEqualTo("vn-2014");
        assertThat(in2016.get("titleName").asText()).isEqualTo("Bằng khen cấp bộ, ban, ngành, tỉnh");
        assertThat(in2016.get("bonusMultiple").decimalValue()).isEqualByComparingTo("1.0");
        JsonNode in2025 = api.post(
                "/api/v1/nominations",
                Map.of(
                        "year",
                        2025,
                        "titleCode",
                        "BK_BO",
                        "recipientKind",
                        "MEMBER",
                        "unitId",
                        unit,
                        "memberId",
                        binh,
                        "grounds",
                        List.of("Thành tích xuất sắc trong phong trào thi đua của Bộ")));
        assertThat(in2025.get("ruleSetId").asText()).isEqualTo("vn-2025-v2");
        assertThat(in2025.get("bonusMultiple").decimalValue()).isEqualByComparingTo("1.5");
        JsonNode flag = api.post(
                "/api/v1/nominations",
                Map.of(
                        "year",
                        2019,
                        "titleCode",
                        "CO_THI_DUA_CP",
                        "recipientKind",
                        "UNIT",
                        "unitId",
                        unit,
                        "grounds",
                        List.of("Dẫn đầu khối thi đua, Cờ thi đua của Bộ")));
        assertThat(flag.get("ruleSetId").asText()).isEqualTo("vn-2018-v2");
        assertThat(flag.get("bonusMultiple").decimalValue()).isEqualByComparingTo("12.0");
    }

    private List<JsonNode> nominations(String campaignId) {
        List<JsonNode> found = new ArrayList<>();
        api.get("/api/v1/nominations?size=1000&campaignId=" + campaignId).forEach(found::add);
        return found;
    }
}
