package org.thidua.awards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.thidua.contracts.RecipientKind;
import org.thidua.contracts.TitleCatalogue;

/**
 * The rule sets awards-service ships and the title catalogue campaigns-service accepts registrations from (shared in
 * platform/contracts, ADR 22) name the same titles: same regimes, same dates, same codes, names and recipients.
 */
class RuleSetTitlesMatchTheCatalogueTest {

    private static List<TitleCatalogue.Title> catalogueTitles(RuleSet set) {
        return set.titles().stream().map(t -> new TitleCatalogue.Title(t.code(), t.nameVi(),
                t.kind() == TitleKind.COLLECTIVE ? RecipientKind.UNIT : RecipientKind.MEMBER)).toList();
    }

    @Test
    void everyShippedRuleSetListsExactlyTheTitlesOfItsRegimeInTheCatalogue() {
        List<RuleSet> sets = RuleSets.defaults().all();
        List<TitleCatalogue.Regime> regimes = TitleCatalogue.shipped().regimes();
        assertThat(regimes).extracting(TitleCatalogue.Regime::id)
                .containsExactlyElementsOf(sets.stream().map(RuleSet::id).toList());
        for (RuleSet set : sets) {
            TitleCatalogue.Regime regime = regimes.stream().filter(r -> r.id().equals(set.id())).findFirst()
                    .orElseThrow();
            assertThat(regime.effectiveFrom()).as(set.id()).isEqualTo(set.effectiveFrom());
            assertThat(regime.titles()).as(set.id()).containsExactlyElementsOf(catalogueTitles(set));
        }
    }

    @Test
    void aRegistrationsYearAndANominationsYearFindTheSameRegime() {
        RuleSets sets = RuleSets.defaults();
        for (int year = 2017; year <= 2030; year++) {
            java.time.LocalDate lastDay = java.time.LocalDate.of(year, 12, 31);
            assertThat(TitleCatalogue.shipped().forYear(year).map(TitleCatalogue.Regime::id)).as("%s", year)
                    .isEqualTo(sets.inForce(lastDay).map(RuleSet::id));
        }
    }
}
