package org.thidua.campaigns.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final LocalDate DEADLINE = LocalDate.of(2019, 6, 15);
    private final ReminderSchedule schedule = new ReminderSchedule(List.of(7, 1));

    @Test
    void nothingIsDueEarlierThanTheLargestOffset() {
        assertThat(schedule.dueOffset(DEADLINE.minusDays(8), DEADLINE)).isEmpty();
        assertThat(schedule.dueOffset(DEADLINE.minusDays(30), DEADLINE)).isEmpty();
    }

    @Test
    void theSevenDayReminderIsDueFromSevenDaysUntilTheOneDayReminderTakesOver() {
        assertThat(schedule.dueOffset(DEADLINE.minusDays(7), DEADLINE)).hasValue(7);
        assertThat(schedule.dueOffset(DEADLINE.minusDays(2), DEADLINE)).hasValue(7);
        assertThat(schedule.dueOffset(DEADLINE.minusDays(1), DEADLINE)).hasValue(1);
        assertThat(schedule.dueOffset(DEADLINE, DEADLINE))
                .as("the deadline day itself")
                .hasValue(1);
    }

    @Test
    void nothingIsDueAfterTheDeadline() {
        assertThat(schedule.dueOffset(DEADLINE.plusDays(1), DEADLINE)).isEmpty();
    }

    @Test
    void daysLeftCountCalendarDays() {
        assertThat(ReminderSchedule.daysLeft(DEADLINE.minusDays(7), DEADLINE)).isEqualTo(7);
        assertThat(ReminderSchedule.daysLeft(DEADLINE, DEADLINE)).isZero();
    }

    @Test
    void offsetsMustBeDaysNotNegative() {
        assertThatThrownBy(() -> new ReminderSchedule(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderSchedule(List.of(3, -1))).isInstanceOf(IllegalArgumentException.class);
    }
}
