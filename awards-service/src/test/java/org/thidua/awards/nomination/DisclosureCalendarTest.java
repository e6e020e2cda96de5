package org.thidua.awards.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thidua.awards.calendar.HolidayKind;
import org.thidua.awards.calendar.HolidayYear;

/** The convention of ADR 80 on hand-made calendars and on the shipped one (calendar/holidays-vn.json). */
class DisclosureCalendarTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final DisclosureCalendar NO_HOLIDAYS = new DisclosureCalendar(List.of(), List.of());

    /** The shipped calendar, every year, as the service reads it from the database after seeding. */
    private static DisclosureCalendar shipped() {
        List<HolidayYear.Day> days =
                HolidayYear.shipped().stream().flatMap(y -> y.days().stream()).toList();
        return new DisclosureCalendar(
                days.stream()
                        .filter(d -> d.kind() == HolidayKind.DAY_OFF)
                        .map(HolidayYear.Day::date)
                        .toList(),
                days.stream()
                        .filter(d -> d.kind() == HolidayKind.WORKING_DAY)
                        .map(HolidayYear.Day::date)
                        .toList());
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void fiveWorkingDaysFromAMondayEndOnFriday() {
        assertThat(NO_HOLIDAYS.end(MONDAY, 5)).isEqualTo(day(2026, 11, 27));
    }

    @Test
    void weekendsAreSkipped() {
        LocalDate wednesday = MONDAY.plusDays(2);
        assertThat(NO_HOLIDAYS.end(wednesday, 5)).isEqualTo(day(2026, 12, 1));
    }

    @Test
    void aWindowOpenedOnASaturdayStartsOnMonday() {
        LocalDate saturday = day(2026, 11, 28);
        assertThat(NO_HOLIDAYS.firstWorkingDay(saturday)).isEqualTo(day(2026, 11, 30));
        assertThat(NO_HOLIDAYS.end(saturday, 1)).isEqualTo(day(2026, 11, 30));
    }

    @Test
    void daysOffAreSkipped() {
        // National Day 2026: Tuesday 1 and Wednesday 2 September
        DisclosureCalendar calendar = new DisclosureCalendar(List.of(day(2026, 9, 1), day(2026, 9, 2)), List.of());
        assertThat(calendar.isWorkingDay(day(2026, 9, 2))).isFalse();
        // Thu 3, Fri 4, Mon 7, Tue 8, Wed 9
        assertThat(calendar.end(day(2026, 9, 1), 5)).isEqualTo(day(2026, 9, 9));
    }

    @Test
    void aSaturdayWorkedInExchangeIsAWorkingDay() {
        // New Year 2026 (Decision of 25/12/2025): Friday 2/1 off, Saturday 10/1 worked in exchange
        DisclosureCalendar calendar = shipped();
        assertThat(calendar.isWorkingDay(day(2026, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(day(2026, 1, 10))).isTrue();
        assertThat(calendar.isWorkingDay(day(2026, 1, 17))).isFalse();
        // from Wednesday 7/1: Wed 7, Thu 8, Fri 9, Sat 10 (worked), Mon 12
        assertThat(calendar.end(day(2026, 1, 7), 5)).isEqualTo(day(2026, 1, 12));
        // without the exchange the fifth day would be Tuesday 13/1
        assertThat(new DisclosureCalendar(List.of(day(2026, 1, 2)), List.of()).end(day(2026, 1, 7), 5))
                .isEqualTo(day(2026, 1, 13));
    }

    @Test
    void aWindowAcrossTet() {
        // Tết Bính Ngọ 2026: Mon 16/2 to Fri 20/2 off (Sat 14/2 to Sun 22/2 with the weekends).
        // From Thu 12/2: Thu 12 (1), Fri 13 (2), 14-22 off, Mon 23 (3), Tue 24 (4), Wed 25 (5)
        assertThat(shipped().end(day(2026, 2, 12), 5)).isEqualTo(day(2026, 2, 25));
        // a window opened on Tết starts on the first working day after it: Mon 23 .. Fri 27
        assertThat(shipped().firstWorkingDay(day(2026, 2, 17))).isEqualTo(day(2026, 2, 23));
        assertThat(shipped().end(day(2026, 2, 17), 5)).isEqualTo(day(2026, 2, 27));
    }

    @Test
    void aWindowAcrossNewYear() {
        // 2018-2019: Mon 31/12/2018 off (moved), Tue 1/1/2019 New Year, Sat 5/1/2019 worked in exchange.
        // From Thu 27/12/2018: Thu 27 (1), Fri 28 (2), 29-30 weekend, 31 and 1 off, Wed 2 (3), Thu 3 (4), Fri 4 (5)
        assertThat(shipped().end(day(2018, 12, 27), 5)).isEqualTo(day(2019, 1, 4));
        // six days: Sat 5/1/2019 is worked, so it is the sixth
        assertThat(shipped().end(day(2018, 12, 27), 6)).isEqualTo(day(2019, 1, 5));
    }

    @Test
    void aHolidayOnAWeekendGivesTheNextWorkingDayOff() {
        // Hùng Kings' day 2026 is Sunday 26/4 (10/3 lunar): Monday 27/4 is off in lieu
        DisclosureCalendar calendar = shipped();
        assertThat(calendar.isWorkingDay(day(2026, 4, 27))).isFalse();
        // From Fri 24/4: Fri 24 (1), Tue 28 (2), Wed 29 (3), 30/4 and 1/5 off, Mon 4/5 (4), Tue 5/5 (5)
        assertThat(calendar.end(day(2026, 4, 24), 5)).isEqualTo(day(2026, 5, 5));
    }

    @Test
    void aNominationCanBeDecidedFromTheDayAfterTheWindow() {
        LocalDate end = day(2026, 11, 27);
        assertThat(DisclosureCalendar.isOver(end, end)).isFalse();
        assertThat(DisclosureCalendar.isOver(end, end.plusDays(1))).isTrue();
    }

    @Test
    void aWindowHasAtLeastOneDay() {
        assertThatThrownBy(() -> NO_HOLIDAYS.end(MONDAY, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
