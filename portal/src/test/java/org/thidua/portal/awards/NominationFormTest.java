package org.thidua.portal.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NominationFormTest {

    @Test
    void aChosenMemberIsAPersonalNominationWithOneGroundPerLine() {
        NominationForm form = NominationForm.of(Map.of(
                "year",
                " 2024 ",
                "titleCode",
                "LDTT",
                "unitId",
                "u-1",
                "memberId",
                "m-1",
                "grounds",
                "Hoàn thành xuất sắc nhiệm vụ\r\n\r\n  Có sáng kiến cấp cơ sở  \n"));

        assertThat(form.request())
                .isEqualTo(new AwardsClient.NominationRequest(
                        2024,
                        "LDTT",
                        "MEMBER",
                        "u-1",
                        "m-1",
                        List.of("Hoàn thành xuất sắc nhiệm vụ", "Có sáng kiến cấp cơ sở")));
    }

    @Test
    void noMemberChosenIsTheUnitsCollectiveNomination() {
        NominationForm form = NominationForm.of(Map.of(
                "year",
                "2024",
                "titleCode",
                "TTLDTT",
                "unitId",
                "u-1",
                "memberId",
                "",
                "grounds",
                "Tập thể hoàn thành tốt nhiệm vụ"));

        assertThat(form.recipientKind()).isEqualTo("UNIT");
        assertThat(form.memberId()).isNull();
    }

    @Test
    void aYearThatIsNotANumberAndNoGroundsAreLeftForTheServiceToRefuse() {
        NominationForm form = NominationForm.of(Map.of("year", "năm nay", "unitId", "u-1", "grounds", "  \n "));

        assertThat(form.year()).isZero();
        assertThat(form.grounds()).isEmpty();
        assertThat(form.titleCode()).isNull();
    }
}
