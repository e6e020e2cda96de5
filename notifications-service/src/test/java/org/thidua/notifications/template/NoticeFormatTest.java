package org.thidua.notifications.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How notices write dates, periods, what is due and points (ADR 0035); plain Java, no Micronaut. */
class NoticeFormatTest {

    private final NoticeFormat vi = NoticeFormat.of("vi");
    private final NoticeFormat en = NoticeFormat.of("en");

    @Test
    void aDateIsWrittenDayMonthYearInBothLanguages() {
        assertThat(vi.date("2019-03-15")).isEqualTo("15/03/2019");
        assertThat(en.date("2019-03-15")).isEqualTo("15/03/2019");
        assertThat(vi.date(null)).isEmpty();
    }

    @Test
    void anInstantIsDatedOnTheOfficesCalendar() {
        // 17:00 UTC is midnight in Hanoi: already the next day there
        assertThat(vi.date("2019-07-18T16:59:59Z")).isEqualTo("18/07/2019");
        assertThat(vi.date("2019-07-18T17:00:00Z")).isEqualTo("19/07/2019");
        assertThat(vi.date("2019-07-19T08:00:00+07:00")).isEqualTo("19/07/2019");
    }

    @Test
    void reviewPeriodsAndWhatIsDueAreCalledByTheirNames() {
        assertThat(vi.period("MID_YEAR")).isEqualTo("sơ kết 6 tháng");
        assertThat(vi.period("YEAR_END")).isEqualTo("tổng kết năm");
        assertThat(en.period("MID_YEAR")).isEqualTo("mid-year review");
        assertThat(en.period("YEAR_END")).isEqualTo("year-end review");
        assertThat(vi.kind("SCORE_SHEET")).isEqualTo("bảng tự chấm điểm");
        assertThat(en.kind("REGISTRATION")).isEqualTo("registration");
        assertThat(vi.period(null)).isEmpty();
    }

    @Test
    void aCodeAddedLaterIsWrittenInWordsNotAsACode() {
        assertThat(vi.period("QUARTER_END")).isEqualTo("quarter end");
    }

    @Test
    void pointsHaveADecimalCommaInVietnameseAndNoTrailingZeros() {
        assertThat(vi.points("92.50")).isEqualTo("92,5");
        assertThat(en.points("92.50")).isEqualTo("92.5");
        assertThat(vi.points("95.00")).isEqualTo("95");
        assertThat(vi.points(null)).isEmpty();
    }

    @Test
    void anUnknownLanguageIsWrittenInVietnamese() {
        assertThat(NoticeFormat.of("fr").period("MID_YEAR")).isEqualTo("sơ kết 6 tháng");
    }

    @Test
    void amountsAreInDongGroupedByDotsInBothLanguages() {
        assertThat(NoticeFormat.of("vi").money("1490000.00")).isEqualTo("1.490.000 ₫");
        assertThat(NoticeFormat.of("en").money(new BigDecimal("2980000"))).isEqualTo("2.980.000 ₫");
        assertThat(NoticeFormat.of("vi").money(null)).isEmpty();
    }
}
