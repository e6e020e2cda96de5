package org.thidua.awards.calendar;

/**
 * A day of the holiday calendar: {@code DAY_OFF} (a holiday, Tết, a day off in lieu of a holiday on a weekend, a day
 * off moved next to a weekend) or {@code WORKING_DAY} (a Saturday or Sunday worked in exchange for a moved day off).
 */
public enum HolidayKind {
    DAY_OFF,
    WORKING_DAY
}
