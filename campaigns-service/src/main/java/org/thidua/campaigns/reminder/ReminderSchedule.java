package org.thidua.campaigns.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When to remind of a deadline: at configured offsets (days before it, e.g. 7 and 1). On a day the reminder due is
 * the one of the smallest offset not below the days left, so a day the job missed (every instance down) still gets
 * its reminder the next day, and a stale one (7 days) is never sent after a fresher one (1 day) is due.
 */
public final class ReminderSchedule {

    private final TreeSet<Integer> offsets;

    public ReminderSchedule(List<Integer> offsetsInDays) {
        if (offsetsInDays.isEmpty() || offsetsInDays.stream().anyMatch(o -> o < 0)) {
            throw new IllegalArgumentException("Reminder offsets must be days >= 0, at least one: " + offsetsInDays);
        }
        this.offsets = new TreeSet<>(offsetsInDays);
    }

    /** The offset whose reminder is due on {@code today} for {@code deadline}; empty when none (too early or past). */
    public Optional<Integer> dueOffset(LocalDate today, LocalDate deadline) {
        long daysLeft = ChronoUnit.DAYS.between(today, deadline);
        if (daysLeft < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(offsets.ceiling((int) Math.min(daysLeft, Integer.MAX_VALUE)));
    }

    public static int daysLeft(LocalDate today, LocalDate deadline) {
        return (int) ChronoUnit.DAYS.between(today, deadline);
    }
}
