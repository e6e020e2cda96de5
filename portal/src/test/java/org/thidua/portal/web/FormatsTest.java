package org.thidua.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats fmt = new Formats();

    @Test
    void datesReadDayMonthYear() {
        assertThat(fmt.date(LocalDate.of(2020, 1, 15))).isEqualTo("15/01/2020");
        assertThat(fmt.date("2019-07-18")).isEqualTo("18/07/2019");
        assertThat(fmt.date(null)).isEmpty();
    }

    @Test
    void instantsAreShownInVietnamsTime() {
        assertThat(fmt.dateTime(Instant.parse("2019-07-18T17:30:00Z"))).isEqualTo("19/07/2019 00:30");
        assertThat(fmt.date("2019-07-18T17:30:00Z")).isEqualTo("19/07/2019");
    }

    @Test
    void amountsAreGroupedByDotsInDong() {
        assertThat(fmt.money(new BigDecimal("1490000"))).isEqualTo("1.490.000 ₫");
        assertThat(fmt.money(1490000.4)).isEqualTo("1.490.000 ₫");
        assertThat(fmt.money("0")).isEqualTo("0 ₫");
    }

    @Test
    void pointsUseADecimalComma() {
        assertThat(fmt.points(new BigDecimal("92.5"))).isEqualTo("92,5");
        assertThat(fmt.points(new BigDecimal("100.00"))).isEqualTo("100");
    }

    @Test
    void searchIgnoresTonesMarksAndCase() {
        assertThat(Formats.fold("Văn phòng Đoàn ĐBQH tỉnh Thanh Hóa")).isEqualTo("van phong doan dbqh tinh thanh hoa");
        assertThat(Formats.matches("Tỉnh Đắk Lắk", "dak lak")).isTrue();
        assertThat(Formats.matches("Thanh Hóa", "THANH HOA")).isTrue();
        assertThat(Formats.matches("Thanh Hóa", "Nghệ An")).isFalse();
        assertThat(Formats.matches("anything", " ")).isTrue();
    }
}
