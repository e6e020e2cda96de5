package org.thidua.awards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thidua.awards.rules.Facts.collective;
import static org.thidua.awards.rules.Facts.held;
import static org.thidua.awards.rules.Facts.individual;
import static org.thidua.awards.rules.Facts.member;
import static org.thidua.awards.rules.Facts.members;
import static org.thidua.awards.rules.Facts.unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each condition explains its outcome to a person in Vietnamese and English, titles named as the rule set names them,
 * ratings in words (ADR 87). Hand-worked facts; the expected texts are written out in full.
 */
class ConditionExplanationTest {

    private static final AwardHistory NONE = AwardHistory.empty();

    private static final TitleNames NAMES = TitleNames.of(new RuleSet(
            "names",
            LocalDate.of(2018, 1, 1),
            List.of(
                    new Title(
                            "LDTT",
                            "Lao động tiên tiến",
                            "Advanced Worker",
                            TitleKind.INDIVIDUAL,
                            "BASE",
                            new BigDecimal("0.3"),
                            List.of()),
                    new Title(
                            "CSTDCS",
                            "Chiến sĩ thi đua cơ sở",
                            "Grassroots Emulation Fighter",
                            TitleKind.INDIVIDUAL,
                            "BASE",
                            BigDecimal.ONE,
                            List.of())),
            Map.of()));

    @Test
    void taskRatingInWordsNeverACode() {
        ConditionOutcome outcome = new MinimumTaskRating(TaskRating.GOOD)
                .evaluate(individual(member("a", TaskRating.COMPLETED)), 2019, NONE, NAMES);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.explanationVi())
                .isEqualTo("Xếp loại Hoàn thành nhiệm vụ: cần Hoàn thành tốt nhiệm vụ trở lên");
        assertThat(outcome.explanationEn()).isEqualTo("Rated tasks completed: tasks completed well or better required");
        ConditionOutcome excellent = new MinimumTaskRating(TaskRating.GOOD)
                .evaluate(individual(member("a", TaskRating.EXCELLENT)), 2019, NONE, NAMES);
        assertThat(excellent.explanationVi())
                .isEqualTo("Xếp loại Hoàn thành xuất sắc nhiệm vụ: cần Hoàn thành tốt nhiệm vụ trở lên");
    }

    @Test
    void sameYearTitleByItsName() {
        Condition lao = new SameYearTitle("LDTT");
        AwardHistory history = AwardHistory.of(held("a", 2018, "LDTT"));
        ConditionOutcome held = lao.evaluate(individual(member("a", TaskRating.GOOD)), 2018, history, NAMES);
        assertThat(held.explanationVi()).isEqualTo("Đạt Lao động tiên tiến năm 2018");
        assertThat(held.explanationEn()).isEqualTo("Holds Advanced Worker in 2018");
        ConditionOutcome next = lao.evaluate(individual(member("a", TaskRating.GOOD)), 2019, history, NAMES);
        assertThat(next.explanationVi()).isEqualTo("Không đạt Lao động tiên tiến năm 2019: cần đạt trong năm");
        assertThat(next.explanationEn()).isEqualTo("Does not hold Advanced Worker in 2019: required the same year");
    }

    @Test
    void consecutiveYearsListsTheYearsHeldOrMissing() {
        Condition three = new ConsecutiveYears("CSTDCS", 3);
        Candidate a = individual(member("a", TaskRating.GOOD));
        AwardHistory full =
                AwardHistory.of(held("a", 2017, "CSTDCS"), held("a", 2018, "CSTDCS"), held("a", 2019, "CSTDCS"));
        ConditionOutcome passed = three.evaluate(a, 2019, full, NAMES);
        assertThat(passed.explanationVi())
                .isEqualTo("Chiến sĩ thi đua cơ sở 3 năm liên tục (2017, 2018, 2019): cần 3 năm");
        assertThat(passed.explanationEn())
                .isEqualTo("Grassroots Emulation Fighter 3 consecutive years (2017, 2018, 2019): 3 years required");
        // 2016, 2017 and 2019 held: 2018 is missing, so 2 of the 3 years 2017-2019
        AwardHistory gap =
                AwardHistory.of(held("a", 2016, "CSTDCS"), held("a", 2017, "CSTDCS"), held("a", 2019, "CSTDCS"));
        ConditionOutcome failed = three.evaluate(a, 2019, gap, NAMES);
        assertThat(failed.explanationVi())
                .isEqualTo("Chiến sĩ thi đua cơ sở 2 trên 3 năm (thiếu 2018): cần 3 năm liên tục 2017-2019");
        assertThat(failed.explanationEn())
                .isEqualTo(
                        "Grassroots Emulation Fighter in 2 of 3 years (missing 2018): 3 consecutive years 2017-2019 required");
    }

    @Test
    void shareOfMembersCountsHoldersOverMembers() {
        // 12 members, m01..m08 advanced workers: 8 of 12 = 66.7 %, more than 50 %
        UnitFacts unit = unit("u", TaskRating.GOOD, 1, members("m", 12, TaskRating.GOOD));
        List<AwardHistory.HeldTitle> held = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            held.add(held(unit.members().get(i).memberId(), 2019, "LDTT"));
        }
        ConditionOutcome outcome = new ShareOfMembersHolding("LDTT", 50, true)
                .evaluate(collective(unit), 2019, AwardHistory.of(held), NAMES);
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.explanationVi()).isEqualTo("8 trên 12 thành viên đạt Lao động tiên tiến: cần trên 50 %");
        assertThat(outcome.explanationEn()).isEqualTo("8 of 12 members hold Advanced Worker: more than 50 % required");
        // the same 8 against "at least 70 %": 8 × 100 = 800 < 70 × 12 = 840
        ConditionOutcome seventy = new ShareOfMembersHolding("LDTT", 70, false)
                .evaluate(collective(unit), 2019, AwardHistory.of(held), NAMES);
        assertThat(seventy.passed()).isFalse();
        assertThat(seventy.explanationVi()).isEqualTo("8 trên 12 thành viên đạt Lao động tiên tiến: cần ít nhất 70 %");
        assertThat(seventy.explanationEn()).isEqualTo("8 of 12 members hold Advanced Worker: at least 70 % required");
    }

    @Test
    void shareSaysWhoTheSheetLeftOutOrDidNotRate() {
        // 2 rated advanced workers + 2 active members not on the sheet = 2 of 4; 1 excluded is not counted
        UnitFacts unit = new UnitFacts(
                "u",
                "block-3",
                TaskRating.GOOD,
                1,
                members("m", 2, TaskRating.GOOD),
                List.of("x1"),
                List.of("n1", "n2"));
        ConditionOutcome outcome = new ShareOfMembersHolding("LDTT", 50, true)
                .evaluate(
                        collective(unit),
                        2019,
                        AwardHistory.of(held("m01", 2019, "LDTT"), held("m02", 2019, "LDTT")),
                        NAMES);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.explanationVi())
                .isEqualTo(
                        "2 trên 4 thành viên đạt Lao động tiên tiến: cần trên 50 %; "
                                + "1 người được bảng tổng kết loại trừ không tính; 2 thành viên không có trên bảng tổng kết vẫn được tính");
        assertThat(outcome.explanationEn())
                .isEqualTo("2 of 4 members hold Advanced Worker: more than 50 % required; "
                        + "1 excluded by the unit's sheet, not counted; 2 active member(s) not on the sheet counted");
    }

    @Test
    void allMembersCompletedTasksCountsThoseWhoDidNot() {
        List<MemberFacts> members = new ArrayList<>(members("m", 3, TaskRating.COMPLETED));
        Condition all = new AllMembersCompletedTasks();
        ConditionOutcome passed = all.evaluate(collective(unit("u", TaskRating.GOOD, 1, members)), 2019, NONE, NAMES);
        assertThat(passed.explanationVi()).isEqualTo("Cả 3 thành viên hoàn thành nhiệm vụ");
        assertThat(passed.explanationEn()).isEqualTo("All 3 members completed their tasks");
        members.add(member("late", TaskRating.NOT_COMPLETED));
        ConditionOutcome failed = all.evaluate(collective(unit("u", TaskRating.GOOD, 1, members)), 2019, NONE, NAMES);
        assertThat(failed.explanationVi())
                .isEqualTo("1 trên 4 thành viên chưa được xếp loại hoàn thành nhiệm vụ: cần tất cả hoàn thành");
        assertThat(failed.explanationEn())
                .isEqualTo("1 of 4 members are not rated as having completed their tasks: all required");
    }

    @Test
    void disciplineInWordsForAMemberAndForAUnit() {
        MemberFacts reprimanded = member("r", TaskRating.GOOD, null, Discipline.REPRIMAND);
        MemberFacts warned = member("w", TaskRating.GOOD, null, Discipline.WARNING_OR_WORSE);
        ConditionOutcome member =
                new NoDisciplineAtOrAbove(Discipline.REPRIMAND).evaluate(individual(reprimanded), 2019, NONE, NAMES);
        assertThat(member.passed()).isFalse();
        assertThat(member.explanationVi())
                .isEqualTo("Bị kỷ luật khiển trách: không được bị kỷ luật từ khiển trách trở lên");
        assertThat(member.explanationEn()).isEqualTo("Reprimanded: no reprimand or worse allowed");
        ConditionOutcome clean = new NoDisciplineAtOrAbove(Discipline.WARNING_OR_WORSE)
                .evaluate(individual(member("c", TaskRating.GOOD)), 2019, NONE, NAMES);
        assertThat(clean.explanationVi()).isEqualTo("Không bị kỷ luật: không được bị kỷ luật từ cảnh cáo trở lên");
        assertThat(clean.explanationEn()).isEqualTo("Not disciplined: no warning or worse allowed");
        ConditionOutcome unit = new NoDisciplineAtOrAbove(Discipline.WARNING_OR_WORSE)
                .evaluate(collective(unit("u", TaskRating.GOOD, 1, List.of(reprimanded, warned))), 2019, NONE, NAMES);
        assertThat(unit.explanationVi()).isEqualTo("1 thành viên bị kỷ luật từ cảnh cáo trở lên: không được có ai");
        assertThat(unit.explanationEn()).isEqualTo("1 member(s) disciplined (warning or worse): none allowed");
    }

    @Test
    void rankInTheClusterOrBlock() {
        Condition first = new RankInGroupAtMost(1);
        ConditionOutcome one = first.evaluate(collective(unit("u", TaskRating.GOOD, 1, List.of())), 2019, NONE, NAMES);
        assertThat(one.explanationVi()).isEqualTo("Xếp hạng 1 trong cụm, khối thi đua: cần hạng 1");
        assertThat(one.explanationEn()).isEqualTo("Ranked 1 in the emulation cluster or block: rank 1 required");
        ConditionOutcome fourth = new RankInGroupAtMost(3)
                .evaluate(collective(unit("u", TaskRating.GOOD, 4, List.of())), 2019, NONE, NAMES);
        assertThat(fourth.passed()).isFalse();
        assertThat(fourth.explanationVi()).isEqualTo("Xếp hạng 4 trong cụm, khối thi đua: cần hạng 1 đến 3");
        assertThat(fourth.explanationEn())
                .isEqualTo("Ranked 4 in the emulation cluster or block: rank 1 to 3 required");
        ConditionOutcome unranked =
                first.evaluate(collective(unit("u", TaskRating.GOOD, null, List.of())), 2019, NONE, NAMES);
        assertThat(unranked.explanationVi()).isEqualTo("Không được xếp hạng trong cụm, khối thi đua: cần hạng 1");
        assertThat(unranked.explanationEn()).isEqualTo("Not ranked in an emulation cluster or block: rank 1 required");
    }

    @Test
    void initiativeLevelInWords() {
        Candidate base = individual(member("b", TaskRating.GOOD, InitiativeLevel.BASE, Discipline.NONE));
        ConditionOutcome tooLow = new RecognisedInitiative(InitiativeLevel.MINISTRY).evaluate(base, 2019, NONE, NAMES);
        assertThat(tooLow.passed()).isFalse();
        assertThat(tooLow.explanationVi())
                .isEqualTo(
                        "Có sáng kiến được công nhận cấp cơ sở: cần sáng kiến được công nhận từ cấp bộ, ngành trở lên");
        assertThat(tooLow.explanationEn())
                .isEqualTo("An initiative recognised at unit level: an initiative "
                        + "recognised at ministry or sector level or above required");
        ConditionOutcome none =
                new RecognisedInitiative(null).evaluate(individual(member("c", TaskRating.GOOD)), 2019, NONE, NAMES);
        assertThat(none.explanationVi())
                .isEqualTo("Không có sáng kiến được công nhận: cần một sáng kiến được công nhận");
        assertThat(none.explanationEn()).isEqualTo("No recognised initiative: a recognised initiative required");
    }

    @Test
    void capCountsThePlacesRoundedDown() {
        // 7 advanced workers × 15 % = 1.05, rounded down: 1 place
        UnitFacts unit = unit("u", TaskRating.GOOD, 1, members("m", 7, TaskRating.GOOD));
        AwardHistory held = AwardHistory.of(unit.members().stream()
                .map(m -> held(m.memberId(), 2019, "LDTT"))
                .toList());
        ConditionOutcome outcome = new CapShareOfTitleHolders("LDTT", 15)
                .evaluate(new Candidate.Individual(unit.members().get(0), unit), 2019, held, NAMES);
        assertThat(outcome.explanationVi())
                .isEqualTo("Đơn vị có 1 suất: 15 % của 7 người đạt Lao động tiên tiến, làm tròn xuống");
        assertThat(outcome.explanationEn())
                .isEqualTo("The unit has 1 place: 15 % of 7 holders of Advanced Worker, rounded down");
    }

    @Test
    void anyOfExplainsEachAlternative() {
        Condition either =
                new AnyOf(List.of(new RecognisedInitiative(null), new MinimumTaskRating(TaskRating.EXCELLENT)));
        ConditionOutcome outcome = either.evaluate(individual(member("a", TaskRating.EXCELLENT)), 2024, NONE, NAMES);
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.explanationVi())
                .isEqualTo("Cần một trong các điều kiện: chưa đạt — Không có sáng kiến "
                        + "được công nhận: cần một sáng kiến được công nhận; hoặc đạt — Xếp loại Hoàn thành xuất sắc nhiệm vụ: "
                        + "cần Hoàn thành xuất sắc nhiệm vụ trở lên");
        assertThat(outcome.explanationEn())
                .isEqualTo("One of these required: not met — No recognised initiative: "
                        + "a recognised initiative required; or met — Rated tasks completed with excellence: tasks completed "
                        + "with excellence or better required");
    }

    @Test
    void withoutTheRuleSetTitlesAreNamedByCode() {
        ConditionOutcome outcome =
                new SameYearTitle("LDTT").evaluate(individual(member("a", TaskRating.GOOD)), 2019, NONE);
        assertThat(outcome.explanationVi()).isEqualTo("Không đạt LDTT năm 2019: cần đạt trong năm");
        assertThat(outcome.reason()).isEqualTo("does not hold LDTT in 2019");
    }
}
