package org.thidua.awards.nomination;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * The working days of public bodies (công chức, viên chức) a disclosure window (công khai) counts: Monday to Friday,
 * but for the days off of the holiday calendar (lễ, Tết, nghỉ bù, nghỉ hoán đổi), and the Saturdays worked in exchange
 * for a moved day off (làm bù), which are working days. The convention (ADR 80): a window opened on a day starts on
 * the first working day on or after it and ends on its {@code workingDays}-th working day; objections are accepted
 * through that day, and the nomination can be decided from the next day on. Plain Java: {@code DisclosureCalendarTest}.
 */
public final class DisclosureCalendar {

    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> workingDays;

    /** {@code daysOff}: holidays and the days off moved next to them; {@code workingDays}: weekend days worked. */
    public DisclosureCalendar(Collection<LocalDate> daysOff, Collection<LocalDate> workingDays) {
        this.daysOff = Set.copyOf(daysOff);
        this.workingDays = Set.copyOf(workingDays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingDays.contains(day)) {
            return true;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !daysOff.contains(day);
    }

    /** The first working day on or after {@code date}. */
    public LocalDate firstWorkingDay(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The last day of a window of {@code workingDays} working days opened on {@code start}. */
    public LocalDate end(LocalDate start, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1, was " + workingDays);
        }
        LocalDate day = firstWorkingDay(start);
        for (int counted = 1; counted < workingDays; counted++) {
            day = firstWorkingDay(day.plusDays(1));
        }
        return day;
    }

    /** Whether a window ending on {@code end} is over on {@code today}: decidable from the day after its end. */
    public static boolean isOver(LocalDate end, LocalDate today) {
        return today.isAfter(end);
    }
}
