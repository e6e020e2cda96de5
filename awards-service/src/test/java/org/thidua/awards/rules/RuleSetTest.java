package org.thidua.awards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    @Test
    void theDefaultSetsAreValidAndCiteTheirSourcesForEveryTitle() {
        RuleSets defaults = RuleSets.defaults();
        assertThat(defaults.all())
                .extracting(RuleSet::id)
                .containsExactly("vn-2014", "vn-2018-v2", "vn-2024-v2", "vn-2025-v2");
        for (RuleSet set : defaults.all()) {
            assertThat(set.validate()).isEmpty();
            assertThat(set.titles())
                    .extracting(Title::code)
                    .containsExactlyInAnyOrder(
                            "LDTT",
                            "CSTDCS",
                            "CSTD_BO",
                            "CSTD_TQ",
                            "TTLDTT",
                            "TTLDXS",
                            "CO_THI_DUA",
                            "CO_THI_DUA_CP",
                            "BK_TTG",
                            "BK_TTG_TT",
                            "BK_BO",
                            "BK_BO_TT",
                            "GIAY_KHEN",
                            "GIAY_KHEN_TT");
            assertThat(set.citations().keySet())
                    .containsExactlyInAnyOrderElementsOf(
                            set.titles().stream().map(Title::code).toList());
            assertThat(set.titles())
                    .allSatisfy(t -> assertThat(t.councilThresholdPercent()).isEqualTo(70));
        }
    }

    @Test
    void theSetInForceIsTheLatestEffectiveOnOrBeforeTheDate() {
        RuleSets defaults = RuleSets.defaults();
        assertThat(defaults.inForce(LocalDate.of(2019, 12, 31)))
                .map(RuleSet::id)
                .hasValue("vn-2018-v2");
        assertThat(defaults.inForce(LocalDate.of(2023, 12, 31)))
                .map(RuleSet::id)
                .hasValue("vn-2018-v2");
        assertThat(defaults.inForce(LocalDate.of(2024, 1, 1))).map(RuleSet::id).hasValue("vn-2024-v2");
        assertThat(defaults.inForce(LocalDate.of(2024, 12, 31)))
                .map(RuleSet::id)
                .hasValue("vn-2024-v2");
        assertThat(defaults.inForce(LocalDate.of(2025, 6, 30))).map(RuleSet::id).hasValue("vn-2024-v2");
        assertThat(defaults.inForce(LocalDate.of(2025, 7, 1))).map(RuleSet::id).hasValue("vn-2025-v2");
        assertThat(defaults.inForce(LocalDate.of(2017, 12, 31)))
                .map(RuleSet::id)
                .hasValue("vn-2014");
        assertThat(defaults.inForce(LocalDate.of(2014, 6, 1))).map(RuleSet::id).hasValue("vn-2014");
        assertThat(defaults.inForce(LocalDate.of(2014, 5, 31))).isEmpty();
    }

    @Test
    void theOlderLawRequiresTheInitiativeForCstdcsAndTheNewerAcceptsExcellence() {
        RuleSets defaults = RuleSets.defaults();
        Title old = defaults.inForce(LocalDate.of(2019, 12, 31))
                .orElseThrow()
                .title("CSTDCS")
                .orElseThrow();
        Title current = defaults.inForce(LocalDate.of(2024, 12, 31))
                .orElseThrow()
                .title("CSTDCS")
                .orElseThrow();
        assertThat(old.conditions())
                .contains(new RecognisedInitiative(InitiativeLevel.BASE), new CapShareOfTitleHolders("LDTT", 15));
        assertThat(current.conditions())
                .contains(new AnyOf(List.of(
                        new RecognisedInitiative(InitiativeLevel.BASE), new MinimumTaskRating(TaskRating.EXCELLENT))));
        Title oldExcellent =
                defaults.byId("vn-2018-v2").orElseThrow().title("TTLDXS").orElseThrow();
        Title newExcellent =
                defaults.byId("vn-2024-v2").orElseThrow().title("TTLDXS").orElseThrow();
        assertThat(oldExcellent.conditions()).contains(new NoDisciplineAtOrAbove(Discipline.WARNING_OR_WORSE));
        assertThat(newExcellent.conditions()).doesNotContain(new NoDisciplineAtOrAbove(Discipline.WARNING_OR_WORSE));
    }

    @Test
    void aConditionOnAnUnknownTitleIsRejected() {
        RuleSet set = new RuleSet(
                "bad",
                LocalDate.of(2024, 1, 1),
                List.of(
                        title("LDTT", TitleKind.INDIVIDUAL, new MinimumTaskRating(TaskRating.GOOD)),
                        title("CSTDCS", TitleKind.INDIVIDUAL, new SameYearTitle("LAO_DONG"))),
                Map.of());
        assertThat(set.validate())
                .containsExactly("title CSTDCS: condition 'LAO_DONG the same year' refers to unknown title LAO_DONG");
        assertThatThrownBy(set::requireValid)
                .isInstanceOf(InvalidRuleSetException.class)
                .satisfies(
                        e -> assertThat(((InvalidRuleSetException) e).errors()).hasSize(1));
    }

    @Test
    void aCycleOfPrerequisitesIsRejectedWithTheCycle() {
        RuleSet set = new RuleSet(
                "cycle",
                LocalDate.of(2024, 1, 1),
                List.of(
                        title("A", TitleKind.INDIVIDUAL, new SameYearTitle("B")),
                        title("B", TitleKind.INDIVIDUAL, new ConsecutiveYears("C", 2)),
                        title("C", TitleKind.INDIVIDUAL, new SameYearTitle("A"))),
                Map.of());
        assertThat(set.validate()).containsExactly("cycle of prerequisite titles: A -> B -> C -> A");
    }

    @Test
    void duplicateCodesAndMisplacedConditionsAreAllReported() {
        RuleSet set = new RuleSet(
                "dup",
                LocalDate.of(2024, 1, 1),
                List.of(
                        title("LDTT", TitleKind.INDIVIDUAL, new RankInGroupAtMost(1)),
                        title("LDTT", TitleKind.INDIVIDUAL)),
                Map.of("NOPE", List.of("Art. 1")));
        assertThat(set.validate())
                .containsExactlyInAnyOrder(
                        "duplicate title code LDTT",
                        "title LDTT: condition 'rank 1 or better in group' cannot apply to a INDIVIDUAL title",
                        "citation for unknown title NOPE");
    }

    @Test
    void theReaderRejectsAnUnknownConditionTypeAndBadValuesWithEveryError() {
        String json = """
                {"id": "bad", "effectiveFrom": "2024-01-01", "titles": [
                  {"code": "LDTT", "kind": "INDIVIDUAL", "bonusMultiple": "0.3", "conditions": [
                    {"type": "HasAGoodAttitude"},
                    {"type": "MinimumTaskRating", "rating": "SUPERB"},
                    {"type": "ShareOfMembersHolding", "titleCode": "LDTT", "percent": 170}]}]}
                """;
        assertThatThrownBy(() -> RuleSetReader.read(json))
                .isInstanceOf(InvalidRuleSetException.class)
                .satisfies(e -> assertThat(((InvalidRuleSetException) e).errors())
                        .hasSize(3)
                        .contains("title LDTT: unknown condition type 'HasAGoodAttitude'"));
    }

    @Test
    void theReaderValidatesWhatItReads() {
        String json = """
                {"id": "cycle", "effectiveFrom": "2024-01-01", "titles": [
                  {"code": "A", "kind": "INDIVIDUAL", "bonusMultiple": "1", "conditions": [
                    {"type": "SameYearTitle", "titleCode": "B"}]},
                  {"code": "B", "kind": "INDIVIDUAL", "bonusMultiple": "1", "conditions": [
                    {"type": "ConsecutiveYears", "titleCode": "A", "years": 2}]}]}
                """;
        assertThatThrownBy(() -> RuleSetReader.read(json))
                .isInstanceOf(InvalidRuleSetException.class)
                .hasMessageContaining("cycle of prerequisite titles: A -> B -> A");
    }

    @Test
    void theBonusIsTheMultipleOfTheBaseSalaryInForceOnTheDecisionDate() {
        BaseSalarySchedule salary = RuleSets.defaultBaseSalary();
        assertThat(salary.amountOn(LocalDate.of(2019, 6, 30))).isEqualByComparingTo("1390000");
        assertThat(salary.amountOn(LocalDate.of(2019, 7, 1))).isEqualByComparingTo("1490000");
        assertThat(salary.amountOn(LocalDate.of(2024, 7, 1))).isEqualByComparingTo("2340000");
        RuleSet old = RuleSets.defaults().inForce(LocalDate.of(2019, 12, 31)).orElseThrow();
        LocalDate decided = LocalDate.of(2019, 12, 20);
        assertThat(salary.bonus(old.title("CSTDCS").orElseThrow(), decided)).isEqualByComparingTo("1490000");
        assertThat(salary.bonus(old.title("LDTT").orElseThrow(), decided)).isEqualByComparingTo("447000");
        assertThat(salary.bonus(old.title("TTLDXS").orElseThrow(), decided)).isEqualByComparingTo("2235000");
        assertThat(salary.bonus(old.title("TTLDTT").orElseThrow(), decided)).isEqualByComparingTo("1192000");
        // before 2018 (ADR 0082): Decrees 66/2013, 47/2016 and 47/2017
        assertThat(salary.amountOn(LocalDate.of(2016, 4, 30))).isEqualByComparingTo("1150000");
        assertThat(salary.amountOn(LocalDate.of(2016, 5, 1))).isEqualByComparingTo("1210000");
        assertThat(salary.amountOn(LocalDate.of(2018, 6, 30))).isEqualByComparingTo("1300000");
        assertThatThrownBy(() -> salary.amountOn(LocalDate.of(2013, 6, 30)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSupersededSetIsKnownByItsIdButNeverInForce() {
        RuleSets defaults = RuleSets.defaults();
        assertThat(defaults.byId("vn-2018")).map(RuleSet::supersedes).isEmpty();
        assertThat(defaults.byId("vn-2018-v2")).map(RuleSet::supersedes).hasValue("vn-2018");
        assertThat(defaults.all()).extracting(RuleSet::id).doesNotContain("vn-2018", "vn-2024", "vn-2025");
        assertThat(defaults.inForce(LocalDate.of(2018, 1, 1))).map(RuleSet::id).hasValue("vn-2018-v2");
    }

    @Test
    void titlesOfOneLineAreMarkedInTheCorrectedSets() {
        RuleSet set = RuleSets.defaults().inForce(LocalDate.of(2024, 12, 31)).orElseThrow();
        assertThat(set.title("TTLDTT").orElseThrow().line()).isEqualTo("COLLECTIVE_YEAR");
        assertThat(set.title("TTLDXS").orElseThrow().line()).isEqualTo("COLLECTIVE_YEAR");
        assertThat(set.title("CSTDCS").orElseThrow().line()).isEqualTo("INDIVIDUAL_YEAR");
        assertThat(set.title("CSTD_BO").orElseThrow().line()).isNull();
        assertThat(set.disclosure().workingDays()).isEqualTo(5);
    }

    @Test
    void aSetThatSupersedesAnotherGivesAReason() {
        RuleSet set = new RuleSet(
                "fix", LocalDate.of(2024, 1, 1), List.of(), Map.of(), null, null, "vn-2024", " ", null, null);
        assertThat(set.validate()).containsExactly("rule set fix supersedes vn-2024 without a reason");
    }

    @Test
    void decree152ChangesOnlyTheSourcedMultiplesFrom2025July() {
        RuleSet v2024 = RuleSets.defaults().inForce(LocalDate.of(2025, 6, 30)).orElseThrow();
        RuleSet v2025 = RuleSets.defaults().inForce(LocalDate.of(2025, 7, 1)).orElseThrow();
        assertThat(v2025.id()).isEqualTo("vn-2025-v2");
        assertThat(v2025.title("LDTT").orElseThrow().bonusMultiple()).isEqualByComparingTo("0.3");
        assertThat(v2025.title("CSTD_BO").orElseThrow().bonusMultiple()).isEqualByComparingTo("3.0");
        assertThat(v2025.title("CSTD_TQ").orElseThrow().bonusMultiple()).isEqualByComparingTo("4.5");
        for (Title title : v2025.titles()) {
            assertThat(title.conditions())
                    .as(title.code())
                    .isEqualTo(v2024.title(title.code()).orElseThrow().conditions());
        }
        assertThat(v2025.citations().get("TTLDXS"))
                .anySatisfy(c -> assertThat(c).contains("UNVERIFIED"));
        BaseSalarySchedule salary = RuleSets.defaultBaseSalary();
        assertThat(salary.bonus(v2025.title("CSTD_BO").orElseThrow(), LocalDate.of(2025, 12, 20)))
                .isEqualByComparingTo("7020000");
    }

    private static Title title(String code, TitleKind kind, Condition... conditions) {
        return new Title(code, code, code, kind, "BASE", BigDecimal.ONE, List.of(conditions));
    }
}
