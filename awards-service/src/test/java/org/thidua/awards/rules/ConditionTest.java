package org.thidua.awards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thidua.awards.rules.Facts.collective;
import static org.thidua.awards.rules.Facts.held;
import static org.thidua.awards.rules.Facts.individual;
import static org.thidua.awards.rules.Facts.member;
import static org.thidua.awards.rules.Facts.members;
import static org.thidua.awards.rules.Facts.unit;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionTest {

    private static final AwardHistory NONE = AwardHistory.empty();

    @Test
    void minimumTaskRatingAcceptsThatRatingOrBetter() {
        Condition good = new MinimumTaskRating(TaskRating.GOOD);
        assertThat(good.evaluate(individual(member("a", TaskRating.EXCELLENT)), 2019, NONE)
                        .passed())
                .isTrue();
        assertThat(good.evaluate(individual(member("a", TaskRating.GOOD)), 2019, NONE)
                        .passed())
                .isTrue();
        ConditionOutcome completed = good.evaluate(individual(member("a", TaskRating.COMPLETED)), 2019, NONE);
        assertThat(completed.passed()).isFalse();
        assertThat(completed.reason()).isEqualTo("task rating COMPLETED, GOOD or better required");
        assertThat(good.evaluate(collective(unit("u", TaskRating.GOOD, 3, List.of())), 2019, NONE)
                        .passed())
                .isTrue();
    }

    @Test
    void sameYearTitleLooksAtThatYearOnly() {
        Condition lao = new SameYearTitle("LDTT");
        AwardHistory history = AwardHistory.of(held("a", 2018, "LDTT"));
        assertThat(lao.evaluate(individual(member("a", TaskRating.GOOD)), 2018, history)
                        .passed())
                .isTrue();
        ConditionOutcome next = lao.evaluate(individual(member("a", TaskRating.GOOD)), 2019, history);
        assertThat(next.passed()).isFalse();
        assertThat(next.reason()).isEqualTo("does not hold LDTT in 2019");
    }

    @Test
    void consecutiveYearsNeedsEveryYearEndingWithTheEvaluatedOne() {
        Condition three = new ConsecutiveYears("CSTDCS", 3);
        Candidate a = individual(member("a", TaskRating.GOOD));
        AwardHistory full =
                AwardHistory.of(held("a", 2017, "CSTDCS"), held("a", 2018, "CSTDCS"), held("a", 2019, "CSTDCS"));
        assertThat(three.evaluate(a, 2019, full).passed()).isTrue();
        assertThat(three.evaluate(a, 2019, full).reason()).isEqualTo("holds CSTDCS in every year 2017-2019");
        AwardHistory gap =
                AwardHistory.of(held("a", 2016, "CSTDCS"), held("a", 2017, "CSTDCS"), held("a", 2019, "CSTDCS"));
        ConditionOutcome withGap = three.evaluate(a, 2019, gap);
        assertThat(withGap.passed()).isFalse();
        assertThat(withGap.reason()).isEqualTo("does not hold CSTDCS in 2018; 3 consecutive years 2017-2019 required");
        assertThatThrownBy(() -> new ConsecutiveYears("X", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shareOfMembersHoldingAtLeastOrMoreThan() {
        UnitFacts unit = unit("u", TaskRating.EXCELLENT, 1, members("m", 100, TaskRating.GOOD));
        List<AwardHistory.HeldTitle> held = new ArrayList<>();
        for (int i = 0; i < 69; i++) {
            held.add(held(unit.members().get(i).memberId(), 2019, "LDTT"));
        }
        AwardHistory sixtyNine = AwardHistory.of(held);
        ConditionOutcome outcome =
                new ShareOfMembersHolding("LDTT", 70, false).evaluate(collective(unit), 2019, sixtyNine);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.reason()).isEqualTo("69% of members hold LDTT (69 of 100), at least 70% required");
        assertThat(new ShareOfMembersHolding("LDTT", 69, false)
                        .evaluate(collective(unit), 2019, sixtyNine)
                        .passed())
                .isTrue();
        assertThat(new ShareOfMembersHolding("LDTT", 69, true)
                        .evaluate(collective(unit), 2019, sixtyNine)
                        .passed())
                .isFalse();
        assertThat(new ShareOfMembersHolding("LDTT", 0, false)
                        .evaluate(collective(unit("empty", TaskRating.GOOD, 1, List.of())), 2019, NONE)
                        .passed())
                .isFalse();
    }

    @Test
    void exactlyHalfIsNotMoreThanHalf() {
        UnitFacts unit = unit("u", TaskRating.GOOD, 1, members("m", 4, TaskRating.GOOD));
        AwardHistory half = AwardHistory.of(held("m01", 2019, "LDTT"), held("m02", 2019, "LDTT"));
        ConditionOutcome outcome = new ShareOfMembersHolding("LDTT", 50, true).evaluate(collective(unit), 2019, half);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.reason()).isEqualTo("50% of members hold LDTT (2 of 4), more than 50% required");
    }

    @Test
    void sharesAreCountedOverTheCoveredMembersNotOnlyThoseTheSheetRated() {
        List<MemberFacts> rated = members("m", 2, TaskRating.EXCELLENT);
        AwardHistory both = AwardHistory.of(held("m01", 2019, "LDTT"), held("m02", 2019, "LDTT"));
        Condition moreThanHalf = new ShareOfMembersHolding("LDTT", 50, true);
        UnitFacts leftOut = new UnitFacts("u", "block-3", TaskRating.GOOD, 1, rated, List.of(), List.of("n1", "n2"));
        ConditionOutcome outcome = moreThanHalf.evaluate(collective(leftOut), 2019, both);
        assertThat(outcome.passed())
                .as("two rated of four active members is not more than half")
                .isFalse();
        assertThat(outcome.reason())
                .isEqualTo("50% of members hold LDTT (2 of 4; 2 active member(s) not on the "
                        + "sheet counted: n1, n2), more than 50% required");
        UnitFacts namedExclusions =
                new UnitFacts("u", "block-3", TaskRating.GOOD, 1, rated, List.of("x1", "x2"), List.of());
        ConditionOutcome excluded = moreThanHalf.evaluate(collective(namedExclusions), 2019, both);
        assertThat(excluded.passed()).isTrue();
        assertThat(excluded.reason())
                .isEqualTo("100% of members hold LDTT (2 of 2; 2 excluded by the unit's sheet), "
                        + "more than 50% required");
    }

    @Test
    void aMemberTheSheetDidNotRateIsNoProofThatAllCompletedTheirTasks() {
        UnitFacts leftOut = new UnitFacts(
                "u", "block-3", TaskRating.GOOD, 1, members("m", 3, TaskRating.COMPLETED), List.of(), List.of("n1"));
        ConditionOutcome outcome = new AllMembersCompletedTasks().evaluate(collective(leftOut), 2019, NONE);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.reason())
                .isEqualTo("1 of 4 members did not complete tasks: n1; 1 active member(s) not on "
                        + "the sheet counted: n1");
    }

    @Test
    void allMembersCompletedTasksNamesThoseWhoDidNot() {
        List<MemberFacts> members = new ArrayList<>(members("m", 3, TaskRating.COMPLETED));
        Condition all = new AllMembersCompletedTasks();
        assertThat(all.evaluate(collective(unit("u", TaskRating.GOOD, 1, members)), 2019, NONE)
                        .passed())
                .isTrue();
        members.add(member("late", TaskRating.NOT_COMPLETED));
        ConditionOutcome outcome = all.evaluate(collective(unit("u", TaskRating.GOOD, 1, members)), 2019, NONE);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.reason()).isEqualTo("1 of 4 members did not complete tasks: late");
    }

    @Test
    void noDisciplineAtOrAboveForAMemberAndForEveryMemberOfAUnit() {
        Condition noWarning = new NoDisciplineAtOrAbove(Discipline.WARNING_OR_WORSE);
        MemberFacts reprimanded = member("r", TaskRating.GOOD, null, Discipline.REPRIMAND);
        MemberFacts warned = member("w", TaskRating.GOOD, null, Discipline.WARNING_OR_WORSE);
        assertThat(noWarning.evaluate(individual(reprimanded), 2019, NONE).passed())
                .isTrue();
        assertThat(new NoDisciplineAtOrAbove(Discipline.REPRIMAND)
                        .evaluate(individual(reprimanded), 2019, NONE)
                        .passed())
                .isFalse();
        ConditionOutcome unit =
                noWarning.evaluate(collective(unit("u", TaskRating.GOOD, 1, List.of(reprimanded, warned))), 2019, NONE);
        assertThat(unit.passed()).isFalse();
        assertThat(unit.reason()).isEqualTo("1 member(s) disciplined at or above WARNING_OR_WORSE: w");
    }

    @Test
    void rankInGroupAtMostAndAnUnrankedUnitFails() {
        Condition first = new RankInGroupAtMost(1);
        assertThat(first.evaluate(collective(unit("u", TaskRating.GOOD, 1, List.of())), 2019, NONE)
                        .passed())
                .isTrue();
        ConditionOutcome second = first.evaluate(collective(unit("u", TaskRating.GOOD, 2, List.of())), 2019, NONE);
        assertThat(second.passed()).isFalse();
        assertThat(second.reason()).isEqualTo("ranked 2 in group block-3, rank 1 or better required");
        assertThat(first.evaluate(collective(unit("u", TaskRating.GOOD, null, List.of())), 2019, NONE)
                        .passed())
                .isFalse();
    }

    @Test
    void recognisedInitiativeOfAtLeastALevelOrAny() {
        Candidate ministry = individual(member("a", TaskRating.GOOD, InitiativeLevel.MINISTRY, Discipline.NONE));
        Candidate base = individual(member("b", TaskRating.GOOD, InitiativeLevel.BASE, Discipline.NONE));
        Candidate none = individual(member("c", TaskRating.GOOD));
        Condition atMinistry = new RecognisedInitiative(InitiativeLevel.MINISTRY);
        assertThat(atMinistry.evaluate(ministry, 2019, NONE).passed()).isTrue();
        assertThat(atMinistry.evaluate(base, 2019, NONE).passed()).isFalse();
        assertThat(new RecognisedInitiative(null).evaluate(base, 2019, NONE).passed())
                .isTrue();
        assertThat(new RecognisedInitiative(null).evaluate(none, 2019, NONE).reason())
                .isEqualTo("no recognised initiative, a recognised initiative required");
    }

    @Test
    void capIsAShareOfTheUnitsHoldersRoundedDown() {
        UnitFacts unit = unit("u", TaskRating.GOOD, 1, members("m", 20, TaskRating.GOOD));
        List<AwardHistory.HeldTitle> held = unit.members().stream()
                .map(m -> held(m.memberId(), 2019, "LDTT"))
                .toList();
        CapShareOfTitleHolders cap = new CapShareOfTitleHolders("LDTT", 15);
        assertThat(cap.places(unit, 2019, AwardHistory.of(held))).isEqualTo(3);
        assertThat(cap.places(unit, 2019, AwardHistory.of(held.subList(0, 19)))).isEqualTo(2);
        ConditionOutcome outcome =
                cap.evaluate(new Candidate.Individual(unit.members().get(0), unit), 2019, AwardHistory.of(held));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.reason()).isEqualTo("unit u has 3 place(s): 15% of 20 LDTT holders, rounded down");
    }

    @Test
    void anyOfPassesWhenOneAlternativeDoes() {
        Condition either =
                new AnyOf(List.of(new RecognisedInitiative(null), new MinimumTaskRating(TaskRating.EXCELLENT)));
        assertThat(either.evaluate(individual(member("a", TaskRating.EXCELLENT)), 2024, NONE)
                        .passed())
                .isTrue();
        assertThat(either.evaluate(individual(member("b", TaskRating.GOOD)), 2024, NONE)
                        .passed())
                .isFalse();
        assertThat(either.describe()).isEqualTo("(a recognised initiative or task rating EXCELLENT or better)");
    }
}
