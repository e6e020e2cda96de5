package org.thidua.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTextTest {

    @Test
    void theCommonRefusalsReadInVietnamese() {
        assertThat(ProblemText.in("vi", "must not be blank")).isEqualTo("không được để trống");
        assertThat(ProblemText.in("vi", "must be at most 40.00 (the criterion's maximum)"))
                .isEqualTo("không được vượt quá 40.00 (điểm tối đa của tiêu chí)");
        assertThat(ProblemText.in("vi", "size must be between 1 and 255")).isEqualTo("phải dài từ 1 đến 255 ký tự");
        assertThat(ProblemText.in(
                        "vi",
                        "must be an absolute http or https address with a host, at most 2000 "
                                + "characters, not javascript:"))
                .isEqualTo("phải là một địa chỉ http hoặc https đầy đủ");
    }

    @Test
    void englishAndUnknownMessagesStayAsTheServiceWroteThem() {
        assertThat(ProblemText.in("en", "must not be blank")).isEqualTo("must not be blank");
        assertThat(ProblemText.in("vi", "the registration deadline has passed"))
                .isEqualTo("the registration deadline has passed");
        assertThat(ProblemText.in("vi", null)).isNull();
    }
}
