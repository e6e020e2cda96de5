package org.thidua.portal.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisclosureFormTest {

    @Test
    void oneTickedNominationAndNoDateDisclosesItFromTheServicesDefault() {
        NominationPages.DisclosureForm form =
                NominationPages.DisclosureForm.of(Map.of("nominationIds", "n1", "startDate", ""));

        assertThat(form.nominationIds()).containsExactly("n1");
        assertThat(form.startDate()).isNull();
        assertThat(form.unreadableStart()).isFalse();
    }

    @Test
    void severalTickedNominationsAreDisclosedInOneCallFromTheDateGiven() {
        NominationPages.DisclosureForm form = NominationPages.DisclosureForm.of(
                Map.of("nominationIds", List.of("n1", "n2"), "startDate", "2020-01-06"));

        assertThat(form.nominationIds()).containsExactly("n1", "n2");
        assertThat(form.startDate()).isEqualTo(LocalDate.of(2020, 1, 6));
    }

    @Test
    void aDateThatIsNotOneIsSaidSoRatherThanDisclosingFromToday() {
        NominationPages.DisclosureForm form = NominationPages.DisclosureForm.of(Map.of("startDate", "06/01/2020"));

        assertThat(form.unreadableStart()).isTrue();
        assertThat(form.nominationIds()).isEmpty();
    }

    @Test
    void aDisclosureHeldOnPaperIsSaidSoOnlyWhenTheBoxIsTicked() {
        assertThat(NominationPages.DisclosureForm.of(
                                Map.of("nominationIds", "n1", "startDate", "2020-02-10", "onPaper", "true"))
                        .onPaper())
                .isTrue();
        assertThat(NominationPages.DisclosureForm.of(Map.of("nominationIds", "n1", "startDate", "2020-02-10"))
                        .onPaper())
                .isFalse();
    }
}
