package org.thidua.portal.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thidua.portal.web.FormErrors;

class RegistrationFormTest {

    private static final String AN = "0b6c3b9e-5a41-4f0e-9d0a-2f1d3e4c5b6a";
    private static final String BINH = "1c7d4caf-6b52-4a1f-8e1b-3a2e4f5d6c7b";

    @Test
    void commitmentsAreTheNonBlankLinesAndMembersWithoutATitleAreLeftOut() {
        Map<String, Object> request = RegistrationForm.request(
                "unit-1",
                Map.of(
                        "commitments",
                        "  Hoàn thành 100% chỉ tiêu \r\n\r\nKhông có cán bộ vi phạm kỷ luật\n",
                        "collectiveTitle",
                        "TTLDXS",
                        "member-" + AN,
                        "CSTDCS",
                        "member-" + BINH,
                        ""),
                List.of(AN, BINH));

        assertThat(request)
                .containsEntry("unitId", "unit-1")
                .containsEntry("collectiveTitle", "TTLDXS")
                .containsEntry("commitments", List.of("Hoàn thành 100% chỉ tiêu", "Không có cán bộ vi phạm kỷ luật"))
                .containsEntry("memberTitles", List.of(Map.of("memberId", AN, "titleCode", "CSTDCS")));
    }

    @Test
    void aChangeCarriesNoUnitAndNoChosenTitleIsSentAsNone() {
        Map<String, Object> change = RegistrationForm.request(
                null, Map.of("commitments", "Một chỉ tiêu", "collectiveTitle", " "), List.of(AN));

        assertThat(change)
                .doesNotContainKey("unitId")
                .containsEntry("collectiveTitle", null)
                .containsEntry("memberTitles", List.of());
    }

    @Test
    void aRefusedMemberTitleIsToldBesideThatMembersField() {
        Map<String, Object> request = RegistrationForm.request(
                "unit-1",
                Map.of("commitments", "x", "member-" + AN, "TTLDXS", "member-" + BINH, "CSTDCS"),
                List.of(AN, BINH));
        FormErrors errors = new FormErrors(
                "invalid",
                Map.of("memberTitles[0].titleCode", "is not a member title", "commitments", "must not be empty"));

        assertThat(RegistrationForm.memberErrors(errors, request))
                .containsExactly(Map.entry("member-" + AN, "is not a member title"));
    }

    @Test
    void aReturnedRegistrationFillsTheFormAsItWasSent() {
        OfficerCampaigns.Registration registration = new OfficerCampaigns.Registration(
                "r",
                "c",
                "u",
                "RETURNED",
                List.of("Một", "Hai"),
                "TTLDXS",
                List.of(new OfficerCampaigns.MemberTitle(AN, "CSTDCS")),
                false,
                null,
                "Thiếu chỉ tiêu",
                null,
                Instant.now(),
                Instant.now());

        assertThat(RegistrationForm.of(registration))
                .containsEntry("commitments", "Một\nHai")
                .containsEntry("collectiveTitle", "TTLDXS")
                .containsEntry("member-" + AN, "CSTDCS");
    }
}
