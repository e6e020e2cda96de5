package org.thidua.awards.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DisclosureCalendarTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void fiveWorkingDaysFromAMondayEndOnFriday() {
        DisclosureCalendar calendar = new DisclosureCalendar(5, List.of());
        assertThat(calendar.end(MONDAY)).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void weekendsAreSkipped() {
        DisclosureCalendar calendar = new DisclosureCalendar(5, List.of());
        LocalDate wednesday = MONDAY.plusDays(2);
        assertThat(calendar.end(wednesday)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aWindowOpenedOnASaturdayStartsOnMonday() {
        DisclosureCalendar calendar = new DisclosureCalendar(1, List.of());
        LocalDate saturday = LocalDate.of(2026, 11, 28);
        assertThat(calendar.firstWorkingDay(saturday)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.end(saturday)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void configuredHolidaysAreSkipped() {
        // National Day 2026: Tuesday 1 and Wednesday 2 September
        DisclosureCalendar calendar = new DisclosureCalendar(5, List.of(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 2)));
        LocalDate monday = LocalDate.of(2026, 8, 31);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
        // Mon 31, Thu 3, Fri 4, Mon 7, Tue 8
        assertThat(calendar.end(monday)).isEqualTo(LocalDate.of(2026, 9, 8));
    }

    @Test
    void aNominationCanBeDecidedFromTheDayAfterTheWindow() {
        LocalDate end = LocalDate.of(2026, 11, 27);
        assertThat(DisclosureCalendar.isOver(end, end)).isFalse();
        assertThat(DisclosureCalendar.isOver(end, end.plusDays(1))).isTrue();
    }

    @Test
    void aWindowHasAtLeastOneDay() {
        assertThatThrownBy(() -> new DisclosureCalendar(0, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
