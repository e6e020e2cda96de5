package org.thidua.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thidua.awards.AwardsApi.fields;
import static org.thidua.awards.AwardsApi.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.EventSchemas;
import org.thidua.contracts.Topics;
import org.thidua.contracts.awards.AwardDecided;
import org.thidua.contracts.awards.DisclosurePublished;
import org.thidua.contracts.awards.NominationDisclosed;
import org.thidua.testing.Headers;
import org.thidua.testing.TestTokens;
import org.thidua.testing.TopicReader;

/**
 * Decisions are dated (ADR 85): a decision signed on paper on a past day and entered today pays the base salary and
 * uses the rule set of that day, keeps them, and is refused (with the dates) when signed before its nominations'
 * disclosure ended or their council met. History is entered as on paper: manual nominations, a council session on
 * a past day, a disclosure already held on paper (ADR 86). One achievement, one bonus: a unit reaching both
 * collective titles of a year is paid once, the highest. Every amount below is worked by hand.
 */
@MicronautTest(transactional = false)
class DatedDecisionsTest extends AwardsApiTest {

    private final TopicReader events = new TopicReader(Topics.AWARDS);
    private final String unit = UUID.randomUUID().toString();
    private final String organisation =
            "VPQH-D" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    private List<String> members;
    private final List<String> units = new ArrayList<>();
    private int nextMember;
    private String council;

    @BeforeAll
    void setUp() {
        members = api.unitWithMembers(unit, "VP-DD", 12);
        for (int i = 0; i < 6; i++) {
            String id = UUID.randomUUID().toString();
            api.unitWithMembers(id, "VP-DD" + i, 1);
            units.add(id);
        }
        // the base salary of Decree 47/2017/NĐ-CP from 2017-07-01 (the lawdata part ships it; until then, add it)
        if (api.count("SELECT COUNT(*) FROM base_salary WHERE effective_from = '2017-07-01'") == 0) {
            api.post(
                    "/api/v1/base-salaries",
                    Map.of("effectiveFrom", "2017-07-01", "amount", 1300000, "source", "Decree 47/2017/NĐ-CP"));
        }
        council = api.post(
                        "/api/v1/councils",
                        Map.of(
                                "name",
                                "Hội đồng Thi đua - Khen thưởng (trên giấy)",
                                "members",
                                List.of(Map.of("memberId", "dd-chair", "fullName", "Chủ tịch", "chair", true))))
                .get("id")
                .asText();
    }

    @AfterAll
    void close() {
        events.close();
    }

    @Test
    void eachSideOfEveryBaseSalaryChangePaysTheAmountOfItsDate() {
        // CSTĐ cấp bộ (no line, multiple 3.0 in vn-2018-v2 and vn-2024-v2) × the base salary of the signing day:
        // 2018-06-30: 3.0 × 1,300,000 = 3,900,000   2018-07-01: 3.0 × 1,390,000 = 4,170,000
        // 2019-06-30: 3.0 × 1,390,000 = 4,170,000   2019-07-01: 3.0 × 1,490,000 = 4,470,000
        // 2023-06-30: 3.0 × 1,490,000 = 4,470,000   2023-07-01: 3.0 × 1,800,000 = 5,400,000
        // 2024-06-30: 3.0 × 1,800,000 = 5,400,000   2024-07-01: 3.0 × 2,340,000 = 7,020,000
        record Case(String signedOn, int year, long base, long bonus, String set) {}
        List<Case> cases = List.of(
                new Case("2018-06-30", 2018, 1_300_000, 3_900_000, "vn-2018-v2"),
                new Case("2018-07-01", 2018, 1_390_000, 4_170_000, "vn-2018-v2"),
                new Case("2019-06-30", 2018, 1_390_000, 4_170_000, "vn-2018-v2"),
                new Case("2019-07-01", 2018, 1_490_000, 4_470_000, "vn-2018-v2"),
                new Case("2023-06-30", 2022, 1_490_000, 4_470_000, "vn-2018-v2"),
                new Case("2023-07-01", 2022, 1_800_000, 5_400_000, "vn-2018-v2"),
                new Case("2024-06-30", 2023, 1_800_000, 5_400_000, "vn-2024-v2"),
                new Case("2024-07-01", 2023, 2_340_000, 7_020_000, "vn-2024-v2"));
        String boundaries = organisation + "-B";
        for (Case c : cases) {
            LocalDate signedOn = LocalDate.parse(c.signedOn());
            String nomination = nominate("CSTD_BO", "MEMBER", unit, members.get(nextMember++), c.year());
            // council 20 days before, disclosed on paper from 15 days before: 5 working days end well before
            onPaper(List.of(nomination), signedOn.minusDays(20), signedOn.minusDays(15));
            JsonNode decision = api.post("/api/v1/decisions", decision(boundaries, List.of(nomination), signedOn));
            assertThat(decision.get("decisionDate").asText()).as(c.signedOn()).isEqualTo(c.signedOn());
            assertThat(decision.get("year").asInt()).as(c.signedOn()).isEqualTo(signedOn.getYear());
            assertThat(decision.get("ruleSetId").asText()).as(c.signedOn()).isEqualTo(c.set());
            assertThat(decision.get("ruleSetSource").asText()).as(c.signedOn()).isNotBlank();
            assertThat(decision.get("baseSalary").asLong()).as(c.signedOn()).isEqualTo(c.base());
            JsonNode award = decision.get("awards").get(0);
            assertThat(award.get("bonusMultiple").decimalValue())
                    .as(c.signedOn())
                    .isEqualByComparingTo("3.0");
            assertThat(award.get("bonusAmount").asLong()).as(c.signedOn()).isEqualTo(c.bonus());
            assertThat(award.path("bonusNote").asText(null)).as(c.signedOn()).isNull();
            assertThat(award.get("decidedOn").asText()).isEqualTo(c.signedOn());
        }
        // the numbers run per year of signing: two decisions signed in 2018, 2019, 2023 and 2024 each
        assertThat(api.get("/api/v1/decisions?organisation=" + boundaries + "&year=2019"))
                .extracting(d -> d.get("number").asText())
                .containsExactly("1/QĐ-" + boundaries, "2/QĐ-" + boundaries);
    }

    @Test
    void aDecisionSignedBeforeTheDisclosureEndedOrBeforeTheCouncilMetIsRefusedWithTheDates() {
        // paper history of 2019: council met on Monday 20/01/2020; disclosed on paper from Monday 10/02/2020 for 5
        // working days (no holiday that week): 10, 11, 12, 13, 14/02/2020, so the decision may be signed from 15/02
        String nomination = nominate("CSTDCS", "MEMBER", unit, members.get(nextMember++), 2019);
        JsonNode disclosed = onPaper(List.of(nomination), LocalDate.of(2020, 1, 20), LocalDate.of(2020, 2, 10));
        assertThat(disclosed.get(0).get("disclosureEnd").asText()).isEqualTo("2020-02-14");
        JsonNode early = api.refused(
                "/api/v1/decisions",
                decision(List.of(nomination), LocalDate.of(2020, 2, 14)),
                HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(fields(early)).containsExactly("signedOn");
        assertThat(early.get("detail").asText())
                .contains("công khai đến 14/02/2020")
                .contains("quyết định chỉ có thể ký từ 15/02/2020")
                .contains("Chiến sĩ thi đua cơ sở");
        AwardsApi.assertDescribesNoInternals(early);
        // signed on 15/02/2020: vn-2018-v2, base 1,490,000 since 2019-07-01: 1.0 × 1,490,000 = 1,490,000
        JsonNode decision = decide(List.of(nomination), LocalDate.of(2020, 2, 15));
        assertThat(decision.get("number").asText()).startsWith("1/QĐ-");
        assertThat(decision.get("year").asInt()).isEqualTo(2020);
        assertThat(decision.get("awards").get(0).get("bonusAmount").asLong()).isEqualTo(1_490_000L);

        // a window that (moved back in time) ended before the council met: refused naming the council's day
        String late = nominate("CSTDCS", "MEMBER", unit, members.get(nextMember++), 2024);
        LocalDate today = LocalDate.now(Dates.VIETNAM);
        session(List.of(late), today);
        api.discloseAsIfDaysAgo(List.of(late), 40);
        JsonNode beforeCouncil = api.refused(
                "/api/v1/decisions", decision(List.of(late), today.minusDays(10)), HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(fields(beforeCouncil)).containsExactly("signedOn");
        assertThat(beforeCouncil.get("detail").asText())
                .contains("Hội đồng xét duyệt ngày " + day(today))
                .contains("quyết định chỉ có thể ký từ " + day(today));

        // a signing day in the future or absurdly early is refused naming signedOn
        assertThat(fields(api.refused(
                        "/api/v1/decisions", decision(List.of(late), today.plusDays(1)), HttpStatus.BAD_REQUEST)))
                .containsExactly("signedOn");
        assertThat(fields(api.refused(
                        "/api/v1/decisions",
                        decision(List.of(late), LocalDate.of(1999, 12, 31)),
                        HttpStatus.BAD_REQUEST)))
                .containsExactly("signedOn");
    }

    @Test
    void aDisclosureHeldOnPaperIsRecordedWithoutANoticeAndNotBeforeTheCouncilMet() {
        String nomination = nominate("CSTDCS", "MEMBER", unit, members.get(nextMember++), 2019);
        session(List.of(nomination), LocalDate.of(2020, 1, 20));
        JsonNode beforeCouncil = api.refused(
                "/api/v1/nominations/disclose",
                Map.of("nominationIds", List.of(nomination), "startDate", "2020-01-17", "onPaper", true),
                HttpStatus.BAD_REQUEST);
        assertThat(fields(beforeCouncil)).containsExactly("startDate");
        assertThat(beforeCouncil.get("detail").asText()).contains("20/01/2020");
        assertThat(fields(api.refused(
                        "/api/v1/nominations/disclose",
                        Map.of("nominationIds", List.of(nomination), "onPaper", true),
                        HttpStatus.BAD_REQUEST)))
                .containsExactly("startDate");
        assertThat(fields(api.refused(
                        "/api/v1/nominations/disclose",
                        Map.of(
                                "nominationIds",
                                List.of(nomination),
                                "startDate",
                                LocalDate.now(Dates.VIETNAM).plusDays(1).toString(),
                                "onPaper",
                                true),
                        HttpStatus.BAD_REQUEST)))
                .containsExactly("startDate");
        // without onPaper a past start is still refused (ADR 33)
        assertThat(fields(api.refused(
                        "/api/v1/nominations/disclose",
                        Map.of("nominationIds", List.of(nomination), "startDate", "2020-02-10"),
                        HttpStatus.BAD_REQUEST)))
                .containsExactly("startDate");

        JsonNode disclosed = api.post(
                        "/api/v1/nominations/disclose",
                        Map.of("nominationIds", List.of(nomination), "startDate", "2020-02-10", "onPaper", true))
                .get(0);
        assertThat(disclosed.get("state").asText()).isEqualTo("DISCLOSED");
        assertThat(disclosed.get("disclosureStart").asText()).isEqualTo("2020-02-10");
        assertThat(disclosed.get("disclosureEnd").asText()).isEqualTo("2020-02-14");
        // the units were told on paper: no notice for a window long over
        assertThat(api.count(
                        "SELECT COUNT(*) FROM outbox_event WHERE event_type IN (?, ?) AND payload LIKE ?",
                        NominationDisclosed.TYPE,
                        DisclosurePublished.TYPE,
                        "%" + nomination + "%"))
                .isZero();
    }

    @Test
    void aUnitReachingBothCollectiveTitlesOfAYearInOneDecisionIsPaidOnceTheHighest() {
        // signed 2023-08-01: vn-2018-v2, base 1,800,000. TTLĐXS 1.5 × 1,800,000 = 2,700,000 paid in full;
        // TTLĐTT 0.8 × 1,800,000 = 1,440,000 is the same achievement of 2022: conferred, paid 0
        String collective = units.get(0);
        String advanced = nominate("TTLDTT", "UNIT", collective, null, 2022);
        String excellent = nominate("TTLDXS", "UNIT", collective, null, 2022);
        LocalDate signedOn = LocalDate.of(2023, 8, 1);
        onPaper(List.of(advanced, excellent), signedOn.minusDays(20), signedOn.minusDays(15));
        JsonNode decision = decide(List.of(advanced, excellent), signedOn);
        Map<String, JsonNode> byTitle = byTitle(decision);
        assertThat(byTitle.get("TTLDXS").get("bonusAmount").asLong()).isEqualTo(2_700_000L);
        assertThat(byTitle.get("TTLDXS").path("bonusNote").asText(null)).isNull();
        assertThat(byTitle.get("TTLDTT").get("bonusAmount").asLong()).isZero();
        assertThat(byTitle.get("TTLDTT").get("bonusMultiple").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(byTitle.get("TTLDTT").get("state").asText()).isEqualTo("ACTIVE");
        assertThat(byTitle.get("TTLDTT").get("bonusNote").asText())
                .startsWith(
                        "Cùng thành tích năm 2022 với danh "
                                + "hiệu Tập thể lao động xuất sắc (1,5 × 1.800.000 ₫ = 2.700.000 ₫): chỉ nhận mức thưởng cao nhất");

        // the event says the same, additively
        String decisionId = decision.get("id").asText();
        ConsumerRecord<String, byte[]> event = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> events.withKey(decisionId).stream()
                                .filter(r -> AwardDecided.TYPE.equals(Headers.of(r, "ce_type")))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(EventSchemas.violations(AwardDecided.TYPE, event.value())).isEmpty();
        JsonNode data = read(event.value());
        assertThat(data.get("ruleSetId").asText()).isEqualTo("vn-2018-v2");
        assertThat(data.get("baseSalary").asLong()).isEqualTo(1_800_000L);
        Map<String, JsonNode> published = new HashMap<>();
        data.get("awards").forEach(a -> published.put(a.get("titleCode").asText(), a));
        assertThat(published.get("TTLDTT").get("bonusAmount").asLong()).isZero();
        assertThat(new BigDecimal(published.get("TTLDTT").get("bonusMultiple").asText()))
                .isEqualByComparingTo("0.8");
        assertThat(published.get("TTLDTT").get("bonusNote").asText()).contains("Tập thể lao động xuất sắc");
        assertThat(published.get("TTLDXS").get("bonusAmount").asLong()).isEqualTo(2_700_000L);
    }

    @Test
    void acrossDecisionsTheLaterTitleOfTheSameAchievementPaysOnlyTheDifferenceUpToTheHighest() {
        // unit 1, year 2023: TTLĐTT signed 2024-03-01 (vn-2024-v2, base 1,800,000): 0.8 × 1,800,000 = 1,440,000;
        // then TTLĐXS signed 2024-08-01 (base 2,340,000): 1.5 × 2,340,000 = 3,510,000 − 1,440,000 = 2,070,000
        String first = units.get(1);
        JsonNode lower = decideOnPaper(nominate("TTLDTT", "UNIT", first, null, 2023), LocalDate.of(2024, 3, 1));
        assertThat(lower.get("awards").get(0).get("bonusAmount").asLong()).isEqualTo(1_440_000L);
        JsonNode higher = decideOnPaper(nominate("TTLDXS", "UNIT", first, null, 2023), LocalDate.of(2024, 8, 1));
        JsonNode award = higher.get("awards").get(0);
        assertThat(award.get("bonusAmount").asLong()).isEqualTo(2_070_000L);
        assertThat(award.get("bonusNote").asText())
                .contains("Tập thể lao động tiên tiến (1.440.000 ₫, quyết định "
                        + lower.get("number").asText() + ")")
                .contains("3.510.000 ₫ − 1.440.000 ₫ = 2.070.000 ₫");

        // unit 2, year 2023: TTLĐXS first, 1.5 × 1,800,000 = 2,700,000; then TTLĐTT, 0.8 × 2,340,000 = 1,872,000,
        // less than already paid: 0
        String second = units.get(2);
        decideOnPaper(nominate("TTLDXS", "UNIT", second, null, 2023), LocalDate.of(2024, 3, 1));
        JsonNode after = decideOnPaper(nominate("TTLDTT", "UNIT", second, null, 2023), LocalDate.of(2024, 8, 1));
        assertThat(after.get("awards").get(0).get("bonusAmount").asLong()).isZero();
        assertThat(after.get("awards").get(0).get("bonusNote").asText())
                .contains("đã nhận 2.700.000 ₫")
                .contains("(1.872.000 ₫)");

        // unit 3, year 2023: a revoked TTLĐTT does not count: the TTLĐXS then pays in full, 3,510,000
        String third = units.get(3);
        JsonNode revoked = decideOnPaper(nominate("TTLDTT", "UNIT", third, null, 2023), LocalDate.of(2024, 3, 1));
        api.post(
                "/api/v1/decisions/" + revoked.get("id").asText() + "/awards/"
                        + revoked.get("awards").get(0).get("id").asText() + "/revoke",
                Map.of("reason", "Nhầm đơn vị"));
        JsonNode full = decideOnPaper(nominate("TTLDXS", "UNIT", third, null, 2023), LocalDate.of(2024, 8, 1));
        assertThat(full.get("awards").get(0).get("bonusAmount").asLong()).isEqualTo(3_510_000L);
        assertThat(full.get("awards").get(0).path("bonusNote").asText(null)).isNull();
    }

    @Test
    void anIssuedDecisionKeepsTheSetAndAmountsItWasIssuedWith() {
        // signed 2019-08-01: vn-2018-v2, base 1,490,000: TTLĐXS 1.5 × 1,490,000 = 2,235,000
        JsonNode issued = decideOnPaper(nominate("TTLDXS", "UNIT", units.get(4), null, 2018), LocalDate.of(2019, 8, 1));
        String id = issued.get("id").asText();
        assertThat(issued.get("baseSalary").asLong()).isEqualTo(1_490_000L);
        assertThat(issued.get("awards").get(0).get("bonusAmount").asLong()).isEqualTo(2_235_000L);
        assertThat(api.count(
                        "SELECT COUNT(*) FROM decision WHERE id = ? AND rule_set_id = 'vn-2018-v2' "
                                + "AND base_salary = 1490000",
                        id))
                .isEqualTo(1);
        assertThat(api.count(
                        "SELECT COUNT(*) FROM award WHERE decision_id = ? AND bonus_multiple = 1.5 "
                                + "AND bonus_amount = 2235000",
                        id))
                .isEqualTo(1);
        // a base salary entered later for that very day changes what a new decision of that day would pay, not it
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "INSERT INTO base_salary (effective_from, amount, "
                        + "source) VALUES ('2019-08-01', 9999999, 'test: entered after the decision')",
                s -> s.executeUpdate()));
        try {
            JsonNode read = api.get("/api/v1/decisions/" + id);
            assertThat(read.get("baseSalary").asLong()).isEqualTo(1_490_000L);
            assertThat(read.get("ruleSetId").asText()).isEqualTo("vn-2018-v2");
            assertThat(read.get("awards").get(0).get("bonusAmount").asLong()).isEqualTo(2_235_000L);
            assertThat(read.get("awards").get(0).get("bonusMultiple").decimalValue())
                    .isEqualByComparingTo("1.5");
        } finally {
            transactions.executeWrite(status -> jdbc.prepareStatement(
                    "DELETE FROM base_salary WHERE effective_from " + "= '2019-08-01'", s -> s.executeUpdate()));
        }
    }

    // --- entering history as it happened on paper ---------------------------------------------------------------

    private String nominate(String title, String kind, String unitId, String memberId, int year) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "year",
                year,
                "titleCode",
                title,
                "recipientKind",
                kind,
                "unitId",
                unitId,
                "grounds",
                List.of("Theo hồ sơ giấy năm " + year)));
        if (memberId != null) {
            body.put("memberId", memberId);
        }
        return api.post("/api/v1/nominations", body).get("id").asText();
    }

    /** A council session held on {@code heldOn} that approves the nominations. */
    private void session(List<String> nominations, LocalDate heldOn) {
        String session = "/api/v1/councils/" + council + "/sessions/"
                + api.post(
                                "/api/v1/councils/" + council + "/sessions",
                                Map.of("nominationIds", nominations, "heldOn", heldOn.toString()))
                        .get("id")
                        .asText();
        api.as(TestTokens.councilMember("dd-chair"))
                .post(
                        session + "/votes",
                        Map.of(
                                "memberId",
                                "dd-chair",
                                "votes",
                                nominations.stream()
                                        .map(n -> Map.of("nominationId", n, "choice", "APPROVE"))
                                        .toList()));
        api.post(session + "/close", null);
    }

    /** Approved by the council on {@code councilDay}, disclosed on paper from {@code disclosedFrom}. */
    private JsonNode onPaper(List<String> nominations, LocalDate councilDay, LocalDate disclosedFrom) {
        session(nominations, councilDay);
        return api.post(
                "/api/v1/nominations/disclose",
                Map.of("nominationIds", nominations, "startDate", disclosedFrom.toString(), "onPaper", true));
    }

    private JsonNode decideOnPaper(String nomination, LocalDate signedOn) {
        onPaper(List.of(nomination), signedOn.minusDays(20), signedOn.minusDays(15));
        return decide(List.of(nomination), signedOn);
    }

    private Map<String, Object> decision(List<String> nominations, LocalDate signedOn) {
        return decision(organisation, nominations, signedOn);
    }

    private static Map<String, Object> decision(String organisation, List<String> nominations, LocalDate signedOn) {
        return Map.of(
                "organisation",
                organisation,
                "signer",
                Map.of("name", "Nguyễn Văn Hải", "position", "Phó Chủ nhiệm"),
                "nominationIds",
                nominations,
                "signedOn",
                signedOn.toString());
    }

    private JsonNode decide(List<String> nominations, LocalDate signedOn) {
        return api.post("/api/v1/decisions", decision(nominations, signedOn));
    }

    private static Map<String, JsonNode> byTitle(JsonNode decision) {
        Map<String, JsonNode> byTitle = new HashMap<>();
        decision.get("awards").forEach(a -> byTitle.put(a.get("titleCode").asText(), a));
        return byTitle;
    }

    private static String day(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
