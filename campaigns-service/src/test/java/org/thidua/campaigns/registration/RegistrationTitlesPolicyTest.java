package org.thidua.campaigns.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.TitleCatalogue;
import org.thidua.web.Problem;

class RegistrationTitlesPolicyTest {

    private static final String MEMBER = "0b6f7c1e-3f52-4a8e-9d0c-2f1e5a7b9c10";

    private static List<Problem.Violation> violations(int year, String collective, String... memberTitles) {
        List<RegistrationRequest.MemberTitle> titles = Arrays.stream(memberTitles)
                .map(code -> new RegistrationRequest.MemberTitle(MEMBER, code))
                .toList();
        return RegistrationTitlesPolicy.violations(TitleCatalogue.shipped(), year, collective, titles);
    }

    @Test
    void titlesOfTheRegimeInForceAreAccepted() {
        assertThat(violations(2026, "TTLDXS", "LDTT", "CSTDCS")).isEmpty();
        assertThat(violations(2019, "TTLDTT", "CSTD_BO")).isEmpty();
        assertThat(violations(2026, null)).isEmpty();
    }

    @Test
    void anInventedCodeIsRefusedListingTheValidOnesWithTheirNames() {
        assertThat(violations(2026, "TAP_THE_LAO_DONG_TIEN_TIEN"))
                .containsExactly(
                        new Problem.Violation(
                                "collectiveTitle",
                                "must be one of the collective titles in force for 2026: "
                                        + "TTLDTT (Tập thể lao động tiên tiến), TTLDXS (Tập thể lao động xuất sắc), "
                                        + "CO_THI_DUA (Cờ thi đua (cấp bộ, ban, ngành, tỉnh)), CO_THI_DUA_CP (Cờ thi đua của Chính phủ), "
                                        + "BK_TTG_TT (Bằng khen của Thủ tướng Chính phủ (tập thể)), "
                                        + "BK_BO_TT (Bằng khen cấp bộ, ban, ngành, tỉnh (tập thể)), GIAY_KHEN_TT (Giấy khen (tập thể))"));
    }

    @Test
    void aUnitAimsForCollectiveTitlesAndAMemberForIndividualOnes() {
        assertThat(violations(2026, "LDTT", "CSTDCS", "TTLDXS"))
                .extracting(Problem.Violation::field)
                .containsExactly("collectiveTitle", "memberTitles[1].titleCode");
    }

    @Test
    void aYearBeforeEveryKnownRegimeHasNoTitles() {
        assertThat(violations(2013, "TTLDTT"))
                .containsExactly(new Problem.Violation(
                        "collectiveTitle", "no emulation titles are known for the campaign's year 2013"));
    }
}
