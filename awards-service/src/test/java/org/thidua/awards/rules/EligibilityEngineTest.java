package org.thidua.awards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thidua.awards.rules.Facts.held;
import static org.thidua.awards.rules.Facts.member;
import static org.thidua.awards.rules.Facts.members;
import static org.thidua.awards.rules.Facts.unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.thidua.awards.rules.Eligibility.Status;

class EligibilityEngineTest {

    private static final LocalDate END_2019 = LocalDate.of(2019, 12, 31);

    private final EligibilityEngine engine = new EligibilityEngine(RuleSets.defaults());

    @Test
    void threeConsecutiveCstdcsAndAMinistryInitiativeMakeAMinistryLevelFighter() {
        MemberFacts an = member("an", TaskRating.EXCELLENT, InitiativeLevel.MINISTRY, Discipline.NONE);
        AwardHistory history = AwardHistory.of(
                held("an", 2017, "LDTT"),
                held("an", 2018, "LDTT"),
                held("an", 2019, "LDTT"),
                held("an", 2017, "CSTDCS"),
                held("an", 2018, "CSTDCS"),
                held("an", 2019, "CSTDCS"));
        EligibilityReport report =
                engine.evaluate(review(2019, END_2019, unit("u", TaskRating.GOOD, 2, List.of(an))), history);
        assertThat(report.ruleSetId()).isEqualTo("vn-2018-v2");
        Eligibility ministry = report.find("an", "CSTD_BO").orElseThrow();
        assertThat(ministry.status()).isEqualTo(Status.ELIGIBLE);
        assertThat(ministry.outcomes())
                .extracting(ConditionOutcome::reason)
                .containsExactly(
                        "holds CSTDCS in every year 2017-2019",
                        "recognised initiative at MINISTRY level, a recognised initiative at MINISTRY level or above required");
        assertThat(report.find("an", "CSTDCS").orElseThrow().status()).isEqualTo(Status.ALREADY_AWARDED);
        assertThat(report.find("an", "CSTD_TQ").orElseThrow().status()).isEqualTo(Status.NOT_ELIGIBLE);
    }

    @Test
    void aGapYearBreaksTheRun() {
        MemberFacts an = member("an", TaskRating.EXCELLENT, InitiativeLevel.MINISTRY, Discipline.NONE);
        AwardHistory history = AwardHistory.of(
                held("an", 2017, "LDTT"),
                held("an", 2019, "LDTT"),
                held("an", 2017, "CSTDCS"),
                held("an", 2019, "CSTDCS"));
        Eligibility ministry = engine.evaluate(
                        review(2019, END_2019, unit("u", TaskRating.GOOD, 2, List.of(an))), history)
                .find("an", "CSTD_BO")
                .orElseThrow();
        assertThat(ministry.status()).isEqualTo(Status.NOT_ELIGIBLE);
        assertThat(ministry.failed())
                .extracting(ConditionOutcome::reason)
                .containsExactly("does not hold CSTDCS in 2018; 3 consecutive years 2017-2019 required");
    }

    @Test
    void thisYearsCstdcsFoundByTheEngineCountsTowardsTheRun() {
        MemberFacts an = member("an", TaskRating.EXCELLENT, InitiativeLevel.MINISTRY, Discipline.NONE);
        List<MemberFacts> colleagues = new ArrayList<>(members("m", 9, TaskRating.GOOD));
        colleagues.add(an);
        AwardHistory history = AwardHistory.of(held("an", 2017, "CSTDCS"), held("an", 2018, "CSTDCS"));
        EligibilityReport report =
                engine.evaluate(review(2019, END_2019, unit("u", TaskRating.GOOD, 2, colleagues)), history);
        assertThat(report.find("an", "LDTT").orElseThrow().status()).isEqualTo(Status.ELIGIBLE);
        assertThat(report.find("an", "CSTDCS").orElseThrow().status()).isEqualTo(Status.ELIGIBLE);
        assertThat(report.find("an", "CSTD_BO").orElseThrow().status()).isEqualTo(Status.ELIGIBLE);
    }

    @Test
    void aUnitWithSixtyNinePercentLdttIsNotAnExcellentCollective() {
        List<MemberFacts> staff = new ArrayList<>(members("good", 69, TaskRating.GOOD));
        staff.addAll(members("ok", 31, TaskRating.COMPLETED));
        EligibilityReport report = engine.evaluate(
                review(2019, END_2019, unit("u", TaskRating.EXCELLENT, 3, staff)), AwardHistory.empty());
        assertThat(report.withStatus("LDTT", Status.ELIGIBLE)).hasSize(69);
        Eligibility excellent = report.find("u", "TTLDXS").orElseThrow();
        assertThat(excellent.status()).isEqualTo(Status.NOT_ELIGIBLE);
        assertThat(excellent.failed())
                .extracting(ConditionOutcome::reason)
                .containsExactly(
                        "69% of members hold LDTT (69 of 100), at least 70% required",
                        "0% of members hold CSTDCS (0 of 100), more than 0% required");
        assertThat(report.find("u", "TTLDTT").orElseThrow().status()).isEqualTo(Status.ELIGIBLE);
    }

    @Test
    void aUnitWithSeventyPercentLdttAndACstdcsIsAnExcellentCollective() {
        List<MemberFacts> staff = new ArrayList<>(members("good", 69, TaskRating.GOOD));
        staff.add(member("star", TaskRating.EXCELLENT, InitiativeLevel.BASE, Discipline.NONE));
        staff.addAll(members("ok", 30, TaskRating.COMPLETED));
        EligibilityReport report = engine.evaluate(
                review(2019, END_2019, unit("u", TaskRating.EXCELLENT, 3, staff)), AwardHistory.empty());
        assertThat(report.find("star", "CSTDCS").orElseThrow().status()).isEqualTo(Status.ELIGIBLE);
        assertThat(report.find("u", "TTLDXS").orElseThrow().status()).isEqualTo(Status.ELIGIBLE);
    }

    @Test
    void underTheOlderLawAWarnedMemberKeepsTheUnitFromTheExcellentTitleButNotUnderTheNewer() {
        List<MemberFacts> staff = new ArrayList<>(members("good", 8, TaskRating.GOOD));
        staff.add(member("star", TaskRating.EXCELLENT, InitiativeLevel.BASE, Discipline.NONE));
        staff.add(member("warned", TaskRating.COMPLETED, null, Discipline.WARNING_OR_WORSE));
        UnitFacts unit = unit("u", TaskRating.EXCELLENT, 2, staff);
        // 9 of 10 LĐTT: the 15% cap on 9 holders leaves 1 place, for the star.
        assertThat(engine.evaluate(review(2019, END_2019, unit), AwardHistory.empty())
                        .find("u", "TTLDXS")
                        .orElseThrow()
                        .status())
                .isEqualTo(Status.NOT_ELIGIBLE);
        assertThat(engine.evaluate(review(2024, LocalDate.of(2024, 12, 31), unit), AwardHistory.empty())
                        .find("u", "TTLDXS")
                        .orElseThrow()
                        .status())
                .isEqualTo(Status.ELIGIBLE);
    }

    @Test
    void theUnitRankedFirstInItsBlockIsProposedForTheFlag() {
        UnitFacts first = unit("first", TaskRating.EXCELLENT, 1, members("a", 5, TaskRating.GOOD));
        UnitFacts second = unit("second", TaskRating.EXCELLENT, 2, members("b", 5, TaskRating.GOOD));
        EligibilityReport report = engine.evaluate(review(2019, END_2019, first, second), AwardHistory.empty());
        assertThat(report.withStatus("CO_THI_DUA", Status.ELIGIBLE))
                .extracting(Eligibility::recipientId)
                .containsExactly("first");
        assertThat(report.find("second", "CO_THI_DUA").orElseThrow().failed())
                .extracting(ConditionOutcome::reason)
                .containsExactly("ranked 2 in group block-3, rank 1 or better required");
    }

    @Test
    void aFifteenPercentCapOnTwentyLdttYieldsThreeCstdcsInRankingOrderAndTheRestOverCap() {
        List<MemberFacts> staff = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            TaskRating rating = i == 7 || i == 12 ? TaskRating.EXCELLENT : TaskRating.GOOD;
            staff.add(member(String.format("m%02d", i), rating, InitiativeLevel.BASE, Discipline.NONE));
        }
        EligibilityReport report =
                engine.evaluate(review(2019, END_2019, unit("u", TaskRating.GOOD, 4, staff)), AwardHistory.empty());
        assertThat(report.withStatus("LDTT", Status.ELIGIBLE)).hasSize(20);
        assertThat(report.withStatus("CSTDCS", Status.ELIGIBLE))
                .extracting(Eligibility::recipientId)
                .containsExactlyInAnyOrder("m07", "m12", "m01");
        assertThat(report.withStatus("CSTDCS", Status.OVER_CAP))
                .hasSize(17)
                .allSatisfy(e -> assertThat(e.failed()).isEmpty());
    }

    /**
     * Seven LĐTT with a recognised initiative each: 15 % of 7 = 1.05, rounded down, 1 CSTĐCS place (2018 set). The
     * year-end score decides before the task rating: m05, GOOD with 96.5, beats m01, EXCELLENT with 90 (ADR 87).
     */
    @Test
    void theCapsPlaceGoesToTheHighestYearEndScoreBeforeTheBetterRating() {
        List<MemberFacts> staff = List.of(
                scored("m01", TaskRating.EXCELLENT, InitiativeLevel.NATIONAL, "90"),
                scored("m02", TaskRating.EXCELLENT, InitiativeLevel.BASE, "88.25"),
                scored("m03", TaskRating.GOOD, InitiativeLevel.BASE, "70"),
                scored("m04", TaskRating.GOOD, InitiativeLevel.BASE, "95"),
                scored("m05", TaskRating.GOOD, InitiativeLevel.BASE, "96.5"),
                scored("m06", TaskRating.GOOD, InitiativeLevel.MINISTRY, "60"),
                scored("m07", TaskRating.GOOD, InitiativeLevel.BASE, "81"));
        EligibilityReport report =
                engine.evaluate(review(2019, END_2019, unit("u", TaskRating.GOOD, 1, staff)), AwardHistory.empty());
        assertThat(report.withStatus("LDTT", Status.ELIGIBLE)).hasSize(7);
        assertThat(report.withStatus("CSTDCS", Status.ELIGIBLE))
                .extracting(Eligibility::recipientId)
                .containsExactly("m05");
        assertThat(report.withStatus("CSTDCS", Status.OVER_CAP)).hasSize(6);
        // the cap's ground says where each stands: m05 first of 7, m01 (EXCELLENT, 90) third after 96.5 and 95
        assertThat(capOutcome(report, "m05").explanationVi())
                .isEqualTo("Đơn vị có 1 suất: 15 % của 7 người đạt "
                        + "Lao động tiên tiến, làm tròn xuống; xếp thứ 1 trong 7 người đủ điều kiện của đơn vị (theo điểm tổng "
                        + "kết, xếp loại, sáng kiến)");
        assertThat(capOutcome(report, "m01").explanationEn())
                .isEqualTo("The unit has 1 place: 15 % of 7 holders "
                        + "of Advanced Worker, rounded down; ranked 3 of 7 qualifying in the unit (by year-end score, task "
                        + "rating, initiative)");
    }

    private static ConditionOutcome capOutcome(EligibilityReport report, String member) {
        return report.find(member, "CSTDCS").orElseThrow().outcomes().get(2);
    }

    /**
     * The same seven, only m03 and m06 (both GOOD) with a score: a member with a score comes before the EXCELLENT
     * ones without, and of the two the higher score (m06, 60.5 against 60) takes the one place.
     */
    @Test
    void membersWithAScoreComeBeforeThoseWithout() {
        List<MemberFacts> staff = List.of(
                scored("m01", TaskRating.EXCELLENT, InitiativeLevel.NATIONAL, null),
                scored("m02", TaskRating.EXCELLENT, InitiativeLevel.BASE, null),
                scored("m03", TaskRating.GOOD, InitiativeLevel.BASE, "60"),
                scored("m04", TaskRating.GOOD, InitiativeLevel.BASE, null),
                scored("m05", TaskRating.GOOD, InitiativeLevel.BASE, null),
                scored("m06", TaskRating.GOOD, InitiativeLevel.BASE, "60.5"),
                scored("m07", TaskRating.GOOD, InitiativeLevel.BASE, null));
        EligibilityReport report =
                engine.evaluate(review(2019, END_2019, unit("u", TaskRating.GOOD, 1, staff)), AwardHistory.empty());
        assertThat(report.withStatus("CSTDCS", Status.ELIGIBLE))
                .extracting(Eligibility::recipientId)
                .containsExactly("m06");
    }

    /**
     * Equal scores fall back to the task rating, then the initiative's level, then the member id: of seven with 90,
     * m04 is the only EXCELLENT; with m04 GOOD too, m06's ministry-level initiative beats the others' unit-level ones;
     * with every initiative at unit level, m01 comes first by id, though listed last.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tiesAt90")
    void equalScoresFallBackToTheRatingThenTheInitiativeThenTheId(String why, List<MemberFacts> staff, String winner) {
        assertThat(capWinner(staff)).isEqualTo(winner);
    }

    static Stream<Arguments> tiesAt90() {
        List<MemberFacts> byIdOnly = new ArrayList<>(tiedAt90());
        Collections.swap(byIdOnly, 0, byIdOnly.size() - 1); // m07 first, m01 last
        return Stream.of(
                Arguments.of(
                        "the better rating",
                        tiedAt90(
                                scored("m04", TaskRating.EXCELLENT, InitiativeLevel.BASE, "90"),
                                scored("m06", TaskRating.GOOD, InitiativeLevel.MINISTRY, "90")),
                        "m04"),
                Arguments.of(
                        "then the higher initiative",
                        tiedAt90(scored("m06", TaskRating.GOOD, InitiativeLevel.MINISTRY, "90")),
                        "m06"),
                Arguments.of("then the id", byIdOnly, "m01"));
    }

    /** m01 to m07, GOOD with a unit-level initiative and 90 (m02's written 90.00), but for the members given. */
    private static List<MemberFacts> tiedAt90(MemberFacts... instead) {
        List<MemberFacts> staff = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            String id = "m0" + i;
            staff.add(Arrays.stream(instead)
                    .filter(m -> m.memberId().equals(id))
                    .findFirst()
                    .orElse(scored(id, TaskRating.GOOD, InitiativeLevel.BASE, i == 2 ? "90.00" : "90")));
        }
        return staff;
    }

    @Test
    void theEngineNamesTitlesAsTheRuleSetDoes() {
        MemberFacts an = member("an", TaskRating.GOOD);
        EligibilityReport report = engine.evaluate(
                review(2019, END_2019, unit("u", TaskRating.GOOD, 1, List.of(an))), AwardHistory.empty());
        ConditionOutcome sameYear =
                report.find("an", "CSTDCS").orElseThrow().outcomes().get(0);
        assertThat(sameYear.explanationVi()).isEqualTo("Đạt Lao động tiên tiến năm 2019");
        assertThat(sameYear.explanationEn()).isEqualTo("Holds Advanced Worker in 2019");
    }

    private String capWinner(List<MemberFacts> staff) {
        return engine
                .evaluate(review(2019, END_2019, unit("u", TaskRating.GOOD, 1, staff)), AwardHistory.empty())
                .withStatus("CSTDCS", Status.ELIGIBLE)
                .stream()
                .map(Eligibility::recipientId)
                .reduce((a, b) -> a + "," + b)
                .orElse("none");
    }

    private static MemberFacts scored(String id, TaskRating rating, InitiativeLevel initiative, String score) {
        return new MemberFacts(id, rating, initiative, Discipline.NONE, score == null ? null : new BigDecimal(score));
    }

    @Test
    void the2019ReviewUsesThe2018SetAndA2024ReviewThe2024Set() {
        MemberFacts excellentNoInitiative = member("x", TaskRating.EXCELLENT);
        List<MemberFacts> staff = new ArrayList<>(members("m", 19, TaskRating.GOOD));
        staff.add(excellentNoInitiative);
        UnitFacts unit = unit("u", TaskRating.GOOD, 2, staff);
        EligibilityReport in2019 = engine.evaluate(review(2019, END_2019, unit), AwardHistory.empty());
        EligibilityReport in2024 =
                engine.evaluate(review(2024, LocalDate.of(2024, 12, 31), unit), AwardHistory.empty());
        assertThat(in2019.ruleSetId()).isEqualTo("vn-2018-v2");
        assertThat(in2024.ruleSetId()).isEqualTo("vn-2024-v2");
        assertThat(in2019.find("x", "CSTDCS").orElseThrow().status()).isEqualTo(Status.NOT_ELIGIBLE);
        assertThat(in2024.find("x", "CSTDCS").orElseThrow().status()).isEqualTo(Status.ELIGIBLE);
    }

    @Test
    void everyMemberAndUnitGetsAResultForEveryTitleOfItsKind() {
        UnitFacts unit = unit("u", TaskRating.GOOD, 1, members("m", 3, TaskRating.NOT_COMPLETED));
        EligibilityReport report = engine.evaluate(review(2019, END_2019, unit), AwardHistory.empty());
        assertThat(report.results()).hasSize(3 * 4 + 3);
        assertThat(report.find("m01", "LDTT").orElseThrow().failed())
                .extracting(ConditionOutcome::reason)
                .containsExactly("task rating NOT_COMPLETED, GOOD or better required");
    }

    private static YearEndReview review(int year, LocalDate end, UnitFacts... units) {
        return new YearEndReview(year, end, List.of(units));
    }
}
