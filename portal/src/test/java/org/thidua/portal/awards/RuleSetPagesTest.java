package org.thidua.portal.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order the rule sets page shows sets in: newest period first, and in a period the version in force first. */
class RuleSetPagesTest {

    @Test
    void newestPeriodFirstAndTheVersionInForceBeforeTheOnesItReplaced() {
        List<RuleSetsClient.RuleSet> sets = List.of(
                set("vn-2018", "2018-01-01", "SUPERSEDED"),
                set("vn-2024", "2024-01-01", "SUPERSEDED"),
                set("vn-2018-v2", "2018-01-01", "IN_FORCE"),
                set("vn-2024-v2", "2024-01-01", "IN_FORCE"),
                set("test-2031", "2031-01-01", "RETIRED"));
        assertThat(RuleSetPages.ordered(sets))
                .extracting(RuleSetsClient.RuleSet::id)
                .containsExactly("test-2031", "vn-2024-v2", "vn-2024", "vn-2018-v2", "vn-2018");
    }

    private static RuleSetsClient.RuleSet set(String id, String from, String state) {
        return new RuleSetsClient.RuleSet(
                id, LocalDate.parse(from), null, true, state, null, null, null, null, null, 5, null, null);
    }
}
