package org.thidua.awards.calendar;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.thidua.awards.Dates;
import org.thidua.awards.audit.Audit;
import org.thidua.awards.nomination.DisclosureWindows;
import org.thidua.web.Problem;
import org.thidua.web.ProblemException;

/**
 * ADMIN replaces a year of the holiday calendar (ADR 80): the year's days, its source and what is unverified, with a
 * reason, audited; in the same transaction the disclosure windows that have not started are counted again on the new
 * calendar, and those already started keep their days.
 */
@Singleton
public class ChangingHolidays {

    /** The audit action of a change of the calendar. */
    public static final String CHANGED = "HOLIDAYS_CHANGED";

    private final HolidayYearRowRepository years;
    private final HolidayRowRepository days;
    private final DisclosureWindows windows;
    private final Audit audit;

    ChangingHolidays(
            HolidayYearRowRepository years, HolidayRowRepository days, DisclosureWindows windows, Audit audit) {
        this.years = years;
        this.days = days;
        this.windows = windows;
        this.audit = audit;
    }

    /** What a change did: the year as it now is, and the windows not yet started that it moved. */
    public record Changed(Holidays.Stored year, List<DisclosureWindows.Moved> moved) {}

    /**
     * Replaces {@code year}'s days; 400 naming {@code days[i].date} for a day outside the year or listed twice, and
     * {@code days[i].kind} for a working day that is not a Saturday or Sunday; nothing is written then.
     */
    @Transactional
    public Changed replace(
            int year, List<HolidayYear.Day> wanted, String source, String unverified, String reason, String actor) {
        refuseInvalid(year, wanted);
        Instant now = Dates.now();
        Optional<HolidayYearRow> before = years.findByIdForUpdate(year);
        List<HolidayYear.Day> previous =
                days.findByYearOrderByDay(year).stream().map(HolidayRow::toDay).toList();
        HolidayYearRow row = new HolidayYearRow(year, source, unverified, false, now);
        if (before.isPresent()) {
            years.update(row);
        } else {
            years.save(row);
        }
        days.deleteByYear(year);
        days.saveAll(wanted.stream()
                .map(d -> new HolidayRow(d.date(), year, d.kind() == HolidayKind.WORKING_DAY, d.name()))
                .toList());
        List<DisclosureWindows.Moved> moved = windows.reopenNotStarted(Dates.today(), now);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("year", year);
        detail.put("reason", reason);
        detail.put("source", source);
        detail.put(
                "added",
                describe(wanted.stream().filter(d -> !previous.contains(d)).toList()));
        detail.put(
                "removed",
                describe(previous.stream().filter(d -> !wanted.contains(d)).toList()));
        detail.put(
                "movedWindows",
                moved.stream()
                        .map(m -> Map.of(
                                "nominationId",
                                m.nominationId(),
                                "previousEnd",
                                m.previousEnd().toString(),
                                "disclosureEnd",
                                m.window().end().toString()))
                        .toList());
        audit.record(actor, CHANGED, "holidays:" + year, detail);
        return new Changed(
                new Holidays.Stored(
                        years.findById(year).orElseThrow(),
                        wanted.stream()
                                .sorted((a, b) -> a.date().compareTo(b.date()))
                                .toList()),
                moved);
    }

    private static List<String> describe(List<HolidayYear.Day> list) {
        return list.stream()
                .map(d -> d.date() + " " + d.kind() + " " + d.name())
                .toList();
    }

    private static void refuseInvalid(int year, List<HolidayYear.Day> wanted) {
        List<Problem.Violation> violations = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        Set<DayOfWeek> weekend = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        for (int i = 0; i < wanted.size(); i++) {
            HolidayYear.Day day = wanted.get(i);
            String field = "days[" + i + "]";
            if (day.date().getYear() != year) {
                violations.add(new Problem.Violation(field + ".date", "must be a day of " + year));
            }
            Integer first = seen.putIfAbsent(day.date(), i);
            if (first != null) {
                violations.add(new Problem.Violation(field + ".date", "is listed twice (also days[" + first + "])"));
            }
            if (day.kind() == HolidayKind.WORKING_DAY
                    && !weekend.contains(day.date().getDayOfWeek())) {
                violations.add(new Problem.Violation(
                        field + ".kind", "a WORKING_DAY (làm bù) must be a Saturday or a Sunday"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(
                    violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")),
                    violations);
        }
    }
}
