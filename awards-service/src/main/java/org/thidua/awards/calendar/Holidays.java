package org.thidua.awards.calendar;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.thidua.awards.Dates;
import org.thidua.awards.nomination.DisclosureCalendar;

/**
 * The holiday calendar of public bodies, kept in the database per year (ADR 80): the one place the service reads
 * which days are worked. The years shipped as data ({@code calendar/holidays-vn.json}) are inserted at start-up when
 * their year is missing, so a year ADMIN changed stays as ADMIN left it.
 */
@Singleton
public class Holidays {

    private final HolidayYearRowRepository years;
    private final HolidayRowRepository days;
    private final JdbcOperations jdbc;

    Holidays(HolidayYearRowRepository years, HolidayRowRepository days, JdbcOperations jdbc) {
        this.years = years;
        this.days = days;
        this.jdbc = jdbc;
    }

    /** Inserts each shipped year that is not there yet, with its days (INSERT IGNORE: instances may race). */
    @EventListener
    @Transactional
    void seedShipped(StartupEvent started) {
        for (HolidayYear year : HolidayYear.shipped()) {
            int inserted = jdbc.prepareStatement(
                    "INSERT IGNORE INTO holiday_year (year, source, unverified, built_in, "
                            + "changed_at) VALUES (?, ?, ?, TRUE, ?)",
                    s -> {
                        s.setInt(1, year.year());
                        s.setString(2, year.source());
                        s.setString(3, year.unverified());
                        s.setTimestamp(4, Timestamp.from(Dates.now()));
                        return s.executeUpdate();
                    });
            if (inserted == 0) {
                continue;
            }
            for (HolidayYear.Day day : year.days()) {
                jdbc.prepareStatement(
                        "INSERT IGNORE INTO holiday (day, year, working, name) VALUES (?, ?, ?, ?)", s -> {
                            s.setDate(1, Date.valueOf(day.date()));
                            s.setInt(2, year.year());
                            s.setBoolean(3, day.kind() == HolidayKind.WORKING_DAY);
                            s.setString(4, day.name());
                            return s.executeUpdate();
                        });
            }
        }
    }

    /** The working days as the whole calendar (every year) now says. */
    @Transactional(readOnly = true)
    public DisclosureCalendar calendar() {
        List<HolidayRow> all = days.findAllOrderByDay();
        return new DisclosureCalendar(
                all.stream().filter(d -> !d.working()).map(HolidayRow::day).toList(),
                all.stream().filter(HolidayRow::working).map(HolidayRow::day).toList());
    }

    /** A year of the calendar with its days; empty when the calendar has no such year. */
    @Transactional(readOnly = true)
    public Optional<Stored> year(int year) {
        return years.findById(year)
                .map(row -> new Stored(
                        row,
                        days.findByYearOrderByDay(year).stream()
                                .map(HolidayRow::toDay)
                                .toList()));
    }

    /** A stored year: its row (source, unverified, shipped or not, when changed) and its days. */
    public record Stored(HolidayYearRow row, List<HolidayYear.Day> days) {}
}
