package org.thidua.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadLetterFilterTest {

    @Test
    void typedDaysAreWholeDaysInVietnamAndBecomeTheServicesInstants() {
        // 01/12/2026 00:00 in Hà Nội (UTC+7) = 30/11/2026 17:00 UTC; "to" 05/12/2026 is included, so up to the
        // start of 06/12/2026 in Hà Nội = 05/12/2026 17:00 UTC
        DeadLetterFilter filter = DeadLetterFilter.read(Map.of(
                "service",
                "awards",
                "consumer",
                " awards.eligibility ",
                "eventType",
                "thidua.review.period.finalized.v1",
                "error",
                "rule set",
                "from",
                "01/12/2026",
                "to",
                "5/12/2026"));

        assertThat(filter.valid()).isTrue();
        assertThat(filter.services()).containsExactly("awards");
        assertThat(filter.fromInstant()).isEqualTo("2026-11-30T17:00:00Z");
        assertThat(filter.toInstant()).isEqualTo("2026-12-05T17:00:00Z");
        assertThat(filter.serviceStatus()).isEqualTo("DEAD");
        assertThat(filter.replay(true))
                .isEqualTo(new Answers.ReplayRequest(
                        "awards.eligibility",
                        "thidua.review.period.finalized.v1",
                        "rule set",
                        "2026-11-30T17:00:00Z",
                        "2026-12-05T17:00:00Z",
                        true));
        assertThat(filter.query())
                .isEqualTo(
                        "service=awards&consumer=awards.eligibility"
                                + "&eventType=thidua.review.period.finalized.v1&error=rule+set&from=01%2F12%2F2026&to=5%2F12%2F2026");
    }

    @Test
    void anEmptyFormAsksAllFourServicesForTheOpenLettersWithNoOtherFilter() {
        DeadLetterFilter filter = DeadLetterFilter.read(Map.of("consumer", "  ", "status", "all"));

        assertThat(filter.valid()).isTrue();
        assertThat(filter.services()).containsExactly("units", "campaigns", "awards", "notifications");
        assertThat(filter.serviceStatus()).isNull();
        assertThat(filter.replay(false)).isEqualTo(new Answers.ReplayRequest(null, null, null, null, null, false));
        assertThat(DeadLetterFilter.read(Map.of()).serviceStatus()).isEqualTo("DEAD");
    }

    @Test
    void aDayThatIsNotADayOrAnEndBeforeTheStartIsNamedAndNothingIsAsked() {
        assertThat(DeadLetterFilter.read(Map.of("from", "2026-12-01")).errors()).containsEntry("from", "date");
        assertThat(DeadLetterFilter.read(Map.of("from", "31/02/2026")).errors()).containsEntry("from", "date");
        assertThat(DeadLetterFilter.read(Map.of("from", "05/12/2026", "to", "01/12/2026"))
                        .errors())
                .containsExactly(Map.entry("to", "beforeFrom"));
        assertThat(DeadLetterFilter.read(Map.of("service", "billing", "status", "gone"))
                        .errors())
                .containsOnlyKeys("service", "status");
    }
}
