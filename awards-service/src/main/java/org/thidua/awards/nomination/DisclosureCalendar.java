package org.thidua.awards.nomination;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Public disclosure (công khai) lasts a number of working days: Saturdays, Sundays and the configured public holidays
 * do not count. The window starts on its first working day on or after the start date and ends on its last one;
 * objections are accepted through that day, and the nomination can be decided from the next day on.
 */
public final class DisclosureCalendar {

    private final int workingDays;
    private final Set<LocalDate> holidays;

    public DisclosureCalendar(int workingDays, Collection<LocalDate> holidays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1, was " + workingDays);
        }
        this.workingDays = workingDays;
        this.holidays = Set.copyOf(holidays);
    }

    public int workingDays() {
        return workingDays;
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The first working day on or after {@code date}. */
    public LocalDate firstWorkingDay(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The last day of a window opened on {@code start}: its {@code workingDays}-th working day. */
    public LocalDate end(LocalDate start) {
        LocalDate day = firstWorkingDay(start);
        for (int counted = 1; counted < workingDays; counted++) {
            day = firstWorkingDay(day.plusDays(1));
        }
        return day;
    }

    /** Whether a window ending on {@code end} is over on {@code today}. */
    public static boolean isOver(LocalDate end, LocalDate today) {
        return today.isAfter(end);
    }
}
