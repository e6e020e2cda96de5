package org.thidua.awards.calendar;

import java.time.LocalDate;

/**
 * An independent check of the lunar holidays: the Vietnamese lunisolar calendar computed astronomically at UTC+7,
 * after Hồ Ngọc Đức's algorithm ("Thuật toán tính âm lịch"; new moons after Jean Meeus, Astronomical Algorithms,
 * 1998; a lunar month starts on the day, at UTC+7, of its new moon; month 11 holds the winter solstice; in a year of
 * 13 months the first month without a principal term is the leap one). Test code only: the service ships the dates
 * as data and never computes them.
 */
final class VietnameseLunarCalendar {

    private static final double TIME_ZONE = 7.0;
    /** Julian day number of 1970-01-01. */
    private static final long EPOCH_JDN = 2_440_588L;

    private VietnameseLunarCalendar() {}

    /** The solar date of {@code day}/{@code month} (not a leap month) of lunar year {@code lunarYear}. */
    static LocalDate solar(int day, int month, int lunarYear) {
        long a11;
        long b11;
        if (month < 11) {
            a11 = lunarMonth11(lunarYear - 1);
            b11 = lunarMonth11(lunarYear);
        } else {
            a11 = lunarMonth11(lunarYear);
            b11 = lunarMonth11(lunarYear + 1);
        }
        int k = (int) Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
        int offset = month - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            if (offset >= leapOffset) {
                offset += 1;
            }
        }
        long monthStart = newMoonDay(k + offset);
        return LocalDate.ofEpochDay(monthStart + day - 1 - EPOCH_JDN);
    }

    private static long julianDay(LocalDate date) {
        return date.toEpochDay() + EPOCH_JDN;
    }

    /** The day (Julian day number at UTC+7) of the k-th new moon after 1900-01-01. */
    static long newMoonDay(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 -= 0.4068 * Math.sin(mpr * dr) - 0.0161 * Math.sin(dr * 2 * mpr);
        c1 -= 0.0004 * Math.sin(dr * 3 * mpr);
        c1 += 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 -= 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 -= 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 += 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        double jdNew = jd1 + c1 - deltaT;
        return (long) Math.floor(jdNew + 0.5 + TIME_ZONE / 24);
    }

    /** The sun's longitude at the start of day {@code jdn} (UTC+7), as one of 12 thirty-degree sectors (0..11). */
    static int sunLongitude(long jdn) {
        double t = (jdn - 2451545.5 - TIME_ZONE / 24) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl += (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
        return (int) Math.floor(l / Math.PI * 6);
    }

    /** The first day of the 11th lunar month (the one holding the winter solstice) of solar year {@code year}. */
    static long lunarMonth11(int year) {
        long offset = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        int k = (int) Math.floor(offset / 29.530588853);
        long newMoon = newMoonDay(k);
        if (sunLongitude(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** How many months after month 11 starting on {@code a11} the leap month comes. */
    static int leapMonthOffset(long a11) {
        int k = (int) Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
        int i = 1;
        int arc = sunLongitude(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitude(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }
}
