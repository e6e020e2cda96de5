package org.thidua.awards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
        return set.titles().stream()
                .map(t -> new TitleCatalogue.Title(
                        t.code(),
                        t.nameVi(),
                        t.kind() == TitleKind.COLLECTIVE ? RecipientKind.UNIT : RecipientKind.MEMBER))
                .toList();
    }

    @Test
    void everyShippedRuleSetListsExactlyTheTitlesOfItsRegimeInTheCatalogue() {
        List<RuleSet> sets = RuleSets.defaults().all();
        List<TitleCatalogue.Regime> regimes = TitleCatalogue.shipped().regimes();
        // A regime is the law in force from a date; the rule set in force from that date may be a corrected version
        // of the first one loaded (vn-2018-v2 for regime vn-2018), so they are matched by their effective date.
        assertThat(regimes)
                .extracting(TitleCatalogue.Regime::effectiveFrom)
                .containsExactlyElementsOf(
                        sets.stream().map(RuleSet::effectiveFrom).toList());
        for (RuleSet set : sets) {
            TitleCatalogue.Regime regime = regimes.stream()
                    .filter(r -> r.effectiveFrom().equals(set.effectiveFrom()))
                    .findFirst()
                    .orElseThrow();
            assertThat(set.id()).startsWith(regime.id());
            assertThat(regime.titles()).as(set.id()).containsExactlyElementsOf(catalogueTitles(set));
        }
    }

    @Test
    void aRegistrationsYearAndANominationsYearFindTheSameRegime() {
        RuleSets sets = RuleSets.defaults();
        for (int year = 2017; year <= 2030; year++) {
            LocalDate lastDay = LocalDate.of(year, 12, 31);
            assertThat(TitleCatalogue.shipped().forYear(year).map(TitleCatalogue.Regime::effectiveFrom))
                    .as("%s", year)
                    .isEqualTo(sets.inForce(lastDay).map(RuleSet::effectiveFrom));
        }
    }
}
