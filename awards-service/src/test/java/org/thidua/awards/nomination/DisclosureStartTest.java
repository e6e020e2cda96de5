package org.thidua.awards.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DisclosureStartTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void aWindowMayStartTodayOrLaterOnceTheCouncilHasApproved() {
        assertThat(DisclosureStart.refusal(TODAY, TODAY, TODAY.minusDays(3))).isEmpty();
        assertThat(DisclosureStart.refusal(TODAY.plusDays(10), TODAY, TODAY)).isEmpty();
        assertThat(DisclosureStart.refusal(TODAY.plusDays(3), TODAY, TODAY.plusDays(3)))
                .isEmpty();
    }

    @Test
    void aWindowStartingInThePastIsRefusedNamingToday() {
        assertThat(DisclosureStart.refusal(TODAY.minusDays(1), TODAY, TODAY.minusDays(5)))
                .hasValueSatisfying(
                        refusal -> assertThat(refusal).contains("past").contains("04/12/2026"));
    }

    @Test
    void aWindowStartingBeforeTheCouncilApprovedIsRefusedNamingTheApprovalDay() {
        assertThat(DisclosureStart.refusal(TODAY.plusDays(1), TODAY, TODAY.plusDays(2)))
                .hasValue("must be on or after 06/12/2026, the day the council approved");
    }

    @Test
    void withoutAStartTheWindowOpensTodayOrOnTheApprovalDayIfLater() {
        assertThat(DisclosureStart.requestedOrEarliest(null, TODAY, TODAY.minusDays(7)))
                .isEqualTo(TODAY);
        assertThat(DisclosureStart.requestedOrEarliest(null, TODAY, TODAY.plusDays(2)))
                .isEqualTo(TODAY.plusDays(2));
        assertThat(DisclosureStart.requestedOrEarliest(TODAY.plusDays(9), TODAY, TODAY))
                .isEqualTo(TODAY.plusDays(9));
    }

    @Test
    void aDisclosureHeldOnPaperMayBePastButNotFutureNorBeforeTheCouncilMet() {
        // paper history: council met 20/01/2020, disclosed on paper from 22/01/2020, entered on 04/12/2026
        LocalDate met = LocalDate.of(2020, 1, 20);
        assertThat(DisclosureStart.paperRefusal(LocalDate.of(2020, 1, 22), TODAY, met))
                .isEmpty();
        assertThat(DisclosureStart.paperRefusal(met, TODAY, met)).isEmpty();
        assertThat(DisclosureStart.paperRefusal(LocalDate.of(2020, 1, 17), TODAY, met))
                .hasValue("công khai chỉ có thể bắt đầu từ 20/01/2020, ngày Hội đồng họp xét");
        assertThat(DisclosureStart.paperRefusal(TODAY.plusDays(1), TODAY, met))
                .hasValueSatisfying(refusal -> assertThat(refusal).contains("04/12/2026"));
        assertThat(DisclosureStart.paperRefusal(null, TODAY, met)).isPresent();
    }
}
