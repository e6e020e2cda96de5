package org.thidua.portal.awards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroundTextTest {

    private static final String VI = "8 trên 12 thành viên đạt Lao động tiên tiến: cần trên 50 %";
    private static final String EN = "8 of 12 members hold Advanced Worker: more than 50 % required";
    private static final String REASON = "66.6% of members hold LDTT (8 of 12), more than 50% required";

    @Test
    void theExplanationInThePersonsLanguage() {
        assertThat(GroundText.of("vi", VI, EN, REASON, "more than 50% of members hold LDTT"))
                .isEqualTo(VI);
        assertThat(GroundText.of("en", VI, EN, REASON, "more than 50% of members hold LDTT"))
                .isEqualTo(EN);
        assertThat(GroundText.of(null, VI, EN, REASON, null))
                .as("Vietnamese first")
                .isEqualTo(VI);
    }

    @Test
    void aGroundWithoutExplanationsReadsAsItsReason() {
        assertThat(GroundText.of("en", null, null, REASON, "x")).isEqualTo(REASON);
        assertThat(GroundText.of("vi", null, null, "Có sáng kiến cấp bộ", "extraordinary achievement"))
                .as("the office's own reason, as typed")
                .isEqualTo("Có sáng kiến cấp bộ");
        assertThat(GroundText.of("vi", null, null, null, "task rating GOOD or better"))
                .isEqualTo("task rating GOOD or better");
    }

    @Test
    void anEnglishPageShowsTheVietnameseWhereOnlyThatExists() {
        assertThat(GroundText.of("en", VI, null, REASON, null)).isEqualTo(VI);
    }

    @Test
    void theNominationsGroundUsesIt() {
        assertThat(new AwardsClient.Ground("c", true, REASON, VI, EN).text("en"))
                .isEqualTo(EN);
        assertThat(new AwardsClient.Ground("c", true, REASON, null, null).text("vi"))
                .isEqualTo(REASON);
    }
}
