package org.thidua.awards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thidua.awards.rules.Facts.held;
import static org.thidua.awards.rules.Facts.member;
import static org.thidua.awards.rules.Facts.members;
import static org.thidua.awards.rules.Facts.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.thidua.awards.rules.Eligibility.Status;

class EligibilityEngineTest {

    private static final LocalDate END_2019 = LocalDate.of(2019, 12, 31);

    private final EligibilityEngine engine = new EligibilityEngine(RuleSets.defaults());

    @Test
    void threeConsecutiveCstdcsAndAMinistryInitiativeMakeAMinistryLevelFighter() {
        MemberFacts an = member("an", TaskRating.EXCELLENT, InitiativeLevel.MINISTRY, Discipline.NONE);
        AwardHistory history = AwardHistory.of(held("an", 2017, "LDTT"), held("an", 2018, "LDTT"),
                held("an", 2019, "LDTT"), held("an", 2017, "CSTDCS"), held("an", 2018, "CSTDCS"),
                held("an", 2019, "CSTDCS"));
        EligibilityReport report = engine.evaluate(review(2019, END_2019, unit("u", TaskRating.GOOD, 2, List.of(an))),
                history);
        assertThat(report.ruleSetId()).isEqualTo("vn-2018-v2");
        Eligibility ministry = report.find("an", "CSTD_BO").orElseThrow();
        assertThat(ministry.status()).isEqualTo(Status.ELIGIBLE);
        assertThat(ministry.outcomes()).extracting(ConditionOutcome::reason).containsExactly(
                "holds CSTDCS in every year 2017-2019",
                "recognised initiative at MINISTRY level, a recognised initiative at MINISTRY level or above required");
        assertThat(report.find("an", "CSTDCS").orElseThrow().status()).isEqualTo(Status.ALREADY_AWARDED);
        assertThat(report.find("an", "CSTD_TQ").orElseThrow().status()).isEqualTo(Status.NOT_ELIGIBLE);
    }

    @Test
    void aGapYearBreaksTheRun() {
        MemberFacts an = member("an", TaskRating.EXCELLENT, InitiativeLevel.MINISTRY, Discipline.NONE);
        AwardHistory history = AwardHistory.of(held("an", 2017, "LDTT"), held("an", 2019, "LDTT"),
                held("an", 2017, "CSTDCS"), held("an", 2019, "CSTDCS"));
        Eligibility ministry = engine.evaluate(review(2019, END_2019, unit("u", TaskRating.GOOD, 2, List.of(an))),
                history).find("an", "CSTD_BO").orElseThrow();
        assertThat(ministry.status()).isEqualTo(Status.NOT_ELIGIBLE);
        assertThat(ministry.failed()).extracting(ConditionOutcome::reason)
                .containsExactly("does not hold CSTDCS in 2018; 3 consecutive years 2017-2019 required");
    }

    @Test
    void thisYearsCstdcsFoundByTheEngineCountsTowardsTheRun() {
        MemberFacts an = member("an", TaskRating.EXCELLENT, InitiativeLevel.MINISTRY, Discipline.NONE);
        List<MemberFacts> colleagues = new ArrayList<>(members("m", 9, TaskRating.GOOD));
        colleagues.add(an);
        AwardHistory history = AwardHistory.of(held("an", 2017, "CSTDCS"), held("an", 2018, "CSTDCS"));
        EligibilityReport report = engine.evaluate(review(2019, END_2019, unit("u", TaskRating.GOOD, 2, colleagues)),
                history);
        assertThat(report.find("an", "LDTT").orElseThrow().status()).isEqualTo(Status.ELIGIBLE);
        assertThat(report.find("an", "CSTDCS").orElseThrow().status()).isEqualTo(Status.ELIGIBLE);
        assertThat(report.find("an", "CSTD_BO").orElseThrow().status()).isEqualTo(Status.ELIGIBLE);
    }

    @Test
    void aUnitWithSixtyNinePercentLdttIsNotAnExcellentCollective() {
        List<MemberFacts> staff = new ArrayList<>(members("good", 69, TaskRating.GOOD));
        staff.addAll(members("ok", 31, TaskRating.COMPLETED));
        EligibilityReport report = engine.evaluate(review(2019, END_2019,
                unit("u", TaskRating.EXCELLENT, 3, staff)), AwardHistory.empty());
        assertThat(report.withStatus("LDTT", Status.ELIGIBLE)).hasSize(69);
        Eligibility excellent = report.find("u", "TTLDXS").orElseThrow();
        assertThat(excellent.status()).isEqualTo(Status.NOT_ELIGIBLE);
        assertThat(excellent.failed()).extracting(ConditionOutcome::reason).containsExactly(
                "69% of members hold LDTT (69 of 100), at least 70% required",
                "0% of members hold CSTDCS (0 of 100), more than 0% required");
        assertThat(report.find("u", "TTLDTT").orElseThrow().status()).isEqualTo(Status.ELIGIBLE);
    }

    @Test
    void aUnitWithSeventyPercentLdttAndACstdcsIsAnExcellentCollective() {
        List<MemberFacts> staff = new ArrayList<>(members("good", 69, TaskRating.GOOD));
        staff.add(member("star", TaskRating.EXCELLENT, InitiativeLevel.BASE, Discipline.NONE));
        staff.addAll(members("ok", 30, TaskRating.COMPLETED));
        EligibilityReport report = engine.evaluate(review(2019, END_2019,
                unit("u", TaskRating.EXCELLENT, 3, staff)), AwardHistory.empty());
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
        assertThat(engine.evaluate(review(2019, END_2019, unit), AwardHistory.empty()).find("u", "TTLDXS")
                .orElseThrow().status()).isEqualTo(Status.NOT_ELIGIBLE);
        assertThat(engine.evaluate(review(2024, LocalDate.of(2024, 12, 31), unit), AwardHistory.empty())
                .find("u", "TTLDXS").orElseThrow().status()).isEqualTo(Status.ELIGIBLE);
    }

    @Test
    void theUnitRankedFirstInItsBlockIsProposedForTheFlag() {
        UnitFacts first = unit("first", TaskRating.EXCELLENT, 1, members("a", 5, TaskRating.GOOD));
        UnitFacts second = unit("second", TaskRating.EXCELLENT, 2, members("b", 5, TaskRating.GOOD));
        EligibilityReport report = engine.evaluate(review(2019, END_2019, first, second), AwardHistory.empty());
        assertThat(report.withStatus("CO_THI_DUA", Status.ELIGIBLE)).extracting(Eligibility::recipientId)
                .containsExactly("first");
        assertThat(report.find("second", "CO_THI_DUA").orElseThrow().failed()).extracting(ConditionOutcome::reason)
                .containsExactly("ranked 2 in group block-3, rank 1 or better required");
    }

    @Test
    void aFifteenPercentCapOnTwentyLdttYieldsThreeCstdcsInRankingOrderAndTheRestOverCap() {
        List<MemberFacts> staff = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            TaskRating rating = i == 7 || i == 12 ? TaskRating.EXCELLENT : TaskRating.GOOD;
            staff.add(member(String.format("m%02d", i), rating, InitiativeLevel.BASE, Discipline.NONE));
        }
        EligibilityReport report = engine.evaluate(review(2019, END_2019, unit("u", TaskRating.GOOD, 4, staff)),
                AwardHistory.empty());
        assertThat(report.withStatus("LDTT", Status.ELIGIBLE)).hasSize(20);
        assertThat(report.withStatus("CSTDCS", Status.ELIGIBLE)).extracting(Eligibility::recipientId)
                .containsExactlyInAnyOrder("m07", "m12", "m01");
        assertThat(report.withStatus("CSTDCS", Status.OVER_CAP)).hasSize(17)
                .allSatisfy(e -> assertThat(e.failed()).isEmpty());
    }

    @Test
    void the2019ReviewUsesThe2018SetAndA2024ReviewThe2024Set() {
        MemberFacts excellentNoInitiative = member("x", TaskRating.EXCELLENT);
        List<MemberFacts> staff = new ArrayList<>(members("m", 19, TaskRating.GOOD));
        staff.add(excellentNoInitiative);
        UnitFacts unit = unit("u", TaskRating.GOOD, 2, staff);
        EligibilityReport in2019 = engine.evaluate(review(2019, END_2019, unit), AwardHistory.empty());
        EligibilityReport in2024 = engine.evaluate(review(2024, LocalDate.of(2024, 12, 31), unit),
                AwardHistory.empty());
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
        assertThat(report.find("m01", "LDTT").orElseThrow().failed()).extracting(ConditionOutcome::reason)
                .containsExactly("task rating NOT_COMPLETED, GOOD or better required");
    }

    private static YearEndReview review(int year, LocalDate end, UnitFacts... units) {
        return new YearEndReview(year, end, List.of(units));
    }
}
