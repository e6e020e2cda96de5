package org.thidua.awards.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thidua.awards.decision.OneAchievementOneBonus.Bonus;
import org.thidua.awards.decision.OneAchievementOneBonus.Due;
import org.thidua.awards.decision.OneAchievementOneBonus.Paid;

/** One achievement, one bonus: hand-worked cases, without Micronaut. */
class OneAchievementOneBonusTest {

    private static final String RULE = "Điều 66 khoản 2 điểm c Nghị định 91/2017/NĐ-CP";
    private static final BigDecimal B2023 = new BigDecimal("1800000");
    private static final BigDecimal B2024 = new BigDecimal("2340000");

    private static Due ttldtt(String key, String unit, int year, BigDecimal base) {
        return new Due(key, unit, year, "COLLECTIVE_YEAR", "Tập thể lao động tiên tiến", new BigDecimal("0.8"), base);
    }

    private static Due ttldxs(String key, String unit, int year, BigDecimal base) {
        return new Due(key, unit, year, "COLLECTIVE_YEAR", "Tập thể lao động xuất sắc", new BigDecimal("1.5"), base);
    }

    @Test
    void withinOneDecisionTheHighestPaysInFullAndTheLowerPaysNothingSayingWhy() {
        // TTLĐTT 0.8 × 1,800,000 = 1,440,000; TTLĐXS 1.5 × 1,800,000 = 2,700,000: paid 2,700,000 once
        Map<String, Bonus> bonuses = OneAchievementOneBonus.apply(
                List.of(ttldtt("a", "u", 2023, B2023), ttldxs("b", "u", 2023, B2023)), List.of(), RULE);
        assertThat(bonuses.get("b")).isEqualTo(new Bonus(new BigDecimal("2700000"), null));
        assertThat(bonuses.get("a").amount()).isEqualByComparingTo("0");
        assertThat(bonuses.get("a").note())
                .isEqualTo("Cùng thành tích năm 2023 với danh hiệu Tập thể lao động "
                        + "xuất sắc (1,5 × 1.800.000 ₫ = 2.700.000 ₫): chỉ nhận mức thưởng cao nhất (" + RULE + ").");
    }

    @Test
    void aLaterHigherTitlePaysTheDifferenceUpToItsAmount() {
        // earlier: TTLĐTT of 2023 paid 1,440,000 (0.8 × 1,800,000); now TTLĐXS of 2023 signed after 2024-07-01:
        // 1.5 × 2,340,000 = 3,510,000, minus 1,440,000 = 2,070,000
        Map<String, Bonus> bonuses = OneAchievementOneBonus.apply(
                List.of(ttldxs("b", "u", 2023, B2024)),
                List.of(new Paid(
                        "u",
                        2023,
                        "COLLECTIVE_YEAR",
                        "Tập thể lao động tiên tiến",
                        new BigDecimal("1440000"),
                        "1/QĐ-VPQH")),
                RULE);
        assertThat(bonuses.get("b").amount()).isEqualByComparingTo("2070000");
        assertThat(bonuses.get("b").note())
                .contains("Tập thể lao động tiên tiến (1.440.000 ₫, quyết định 1/QĐ-VPQH)")
                .contains("3.510.000 ₫ − 1.440.000 ₫ = 2.070.000 ₫")
                .contains(RULE);
    }

    @Test
    void aLaterLowerTitlePaysNothingWhenMoreWasAlreadyPaid() {
        // earlier: TTLĐXS paid 2,700,000; now TTLĐTT 0.8 × 2,340,000 = 1,872,000 < 2,700,000: 0
        Map<String, Bonus> bonuses = OneAchievementOneBonus.apply(
                List.of(ttldtt("a", "u", 2023, B2024)),
                List.of(new Paid(
                        "u",
                        2023,
                        "COLLECTIVE_YEAR",
                        "Tập thể lao động xuất sắc",
                        new BigDecimal("2700000"),
                        "2/QĐ-VPQH")),
                RULE);
        assertThat(bonuses.get("a").amount()).isEqualByComparingTo("0");
        assertThat(bonuses.get("a").note()).contains("đã nhận 2.700.000 ₫").contains("(1.872.000 ₫)");
    }

    @Test
    void otherYearsOtherRecipientsAndTitlesAloneInTheirLinePayInFull() {
        // LĐTT 0.3 × 1,490,000 = 447,000 and CSTĐCS 1.0 × 1,490,000 = 1,490,000 of member m: one bonus, 1,490,000;
        // the unit's TTLĐXS of 2019 is another achievement than its paid TTLĐTT of 2018; the flag has no line
        BigDecimal b2019 = new BigDecimal("1490000");
        Map<String, Bonus> bonuses = OneAchievementOneBonus.apply(
                List.of(
                        new Due("l", "m", 2019, "INDIVIDUAL_YEAR", "Lao động tiên tiến", new BigDecimal("0.3"), b2019),
                        new Due("c", "m", 2019, "INDIVIDUAL_YEAR", "Chiến sĩ thi đua cơ sở", BigDecimal.ONE, b2019),
                        ttldxs("x", "u", 2019, b2019),
                        new Due("f", "u", 2019, null, "Cờ thi đua", new BigDecimal("4.5"), b2019),
                        ttldtt("o", "other", 2019, b2019)),
                List.of(new Paid(
                        "u",
                        2018,
                        "COLLECTIVE_YEAR",
                        "Tập thể lao động tiên tiến",
                        new BigDecimal("1112000"),
                        "3/QĐ-VPQH")),
                null);
        assertThat(bonuses.keySet()).containsExactly("l", "c", "x", "f", "o");
        assertThat(bonuses.get("l").amount()).isEqualByComparingTo("0");
        assertThat(bonuses.get("l").note()).endsWith("chỉ nhận mức thưởng cao nhất.");
        assertThat(bonuses.get("c")).isEqualTo(new Bonus(new BigDecimal("1490000"), null));
        assertThat(bonuses.get("x")).isEqualTo(new Bonus(new BigDecimal("2235000"), null));
        assertThat(bonuses.get("f")).isEqualTo(new Bonus(new BigDecimal("6705000"), null));
        assertThat(bonuses.get("o")).isEqualTo(new Bonus(new BigDecimal("1192000"), null));
    }

    @Test
    void amountsAndMultiplesAreWrittenTheVietnameseWay() {
        assertThat(OneAchievementOneBonus.money(new BigDecimal("1490000"))).isEqualTo("1.490.000 ₫");
        assertThat(OneAchievementOneBonus.multiple(new BigDecimal("1.50"))).isEqualTo("1,5");
        assertThat(OneAchievementOneBonus.multiple(new BigDecimal("10.0"))).isEqualTo("10");
    }
}
