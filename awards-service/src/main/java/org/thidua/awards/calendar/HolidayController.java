package org.thidua.awards.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.thidua.awards.Dates;
import org.thidua.awards.nomination.DisclosureWindows;
import org.thidua.security.Callers;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

/**
 * The holiday calendar of public bodies that disclosure windows count working days on (ADR 80): any role reads a
 * year; ADMIN replaces one, with a reason (audited), effective at once for windows that have not started.
 */
@Secured(Roles.ADMIN)
@Controller("/api/v1/holidays")
@Tag(name = "holidays")
@Validated
@ProblemAnswers
public class HolidayController {

    private final Holidays holidays;
    private final ChangingHolidays changing;
    private final Callers callers;

    HolidayController(Holidays holidays, ChangingHolidays changing, Callers callers) {
        this.holidays = holidays;
        this.changing = changing;
        this.callers = callers;
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("{?year}")
    @Operation(summary = "A year of the holiday calendar", description = """
            The days off (holidays, Tết, days off in lieu, days off moved next to a weekend) and the Saturdays worked \
            in exchange of the year (default this year), with the notices they come from and what is unverified; \
            404 when the calendar has no such year.""")
    HolidaysView year(@Nullable @QueryValue @Min(2000) @Max(2100) Integer year) {
        int wanted = year == null ? Dates.today().getYear() : year;
        return holidays.year(wanted)
                .map(HolidaysView::of)
                .orElseThrow(() -> ProblemException.notFound("Holiday calendar", wanted));
    }

    @Put("/{year}")
    @Operation(summary = "Replace a year of the holiday calendar (ADMIN)", description = """
            The year's whole list of days, where they come from and why the change; audited (HOLIDAYS_CHANGED). \
            Effective at once: DISCLOSED nominations whose window starts after today are counted again on the new \
            calendar (movedWindows); windows already started keep their days. 400 naming days[i].date for a day \
            outside the year or listed twice, days[i].kind for a working day that is not a weekend day, \
            days[i].name for a blank name or control characters.""")
    HolidaysChanged replace(@Min(2000) @Max(2100) int year, @Body @Valid HolidaysRequest request) {
        ChangingHolidays.Changed changed = changing.replace(
                year,
                request.days().stream()
                        .map(d ->
                                new HolidayYear.Day(d.date(), d.kind(), d.name().strip()))
                        .toList(),
                request.source().strip(),
                request.unverified() == null || request.unverified().isBlank()
                        ? null
                        : request.unverified().strip(),
                request.reason().strip(),
                callers.current().subject());
        return new HolidaysChanged(
                HolidaysView.of(changed.year()),
                changed.moved().stream().map(MovedWindow::of).toList());
    }

    @Serdeable
    public record HolidaysRequest(
            @NotBlank @Size(max = 2000) String reason,
            @NotBlank @Size(max = 4000) String source,
            @Nullable @Size(max = 4000) String unverified,
            @NotNull @Size(max = 120) List<@NotNull @Valid DayRequest> days) {}

    /** {@code name} as people read it, one line: "Tết Nguyên đán (mùng 1 Tết)". */
    @Serdeable
    public record DayRequest(
            @NotNull LocalDate date,
            @NotNull HolidayKind kind,

            @NotBlank
            @Size(max = 200)
            @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
            String name) {}

    @Serdeable
    public record HolidaysView(
            int year,
            String source,
            @Nullable String unverified,
            boolean builtIn,
            Instant changedAt,
            List<HolidayYear.Day> days) {

        static HolidaysView of(Holidays.Stored stored) {
            HolidayYearRow row = stored.row();
            return new HolidaysView(
                    row.year(), row.source(), row.unverified(), row.builtIn(), row.changedAt(), stored.days());
        }
    }

    /** A disclosure window not yet started that the change moved: its end before, its days now. */
    @Serdeable
    public record MovedWindow(
            String nominationId, LocalDate previousEnd, LocalDate disclosureStart, LocalDate disclosureEnd) {

        static MovedWindow of(DisclosureWindows.Moved moved) {
            return new MovedWindow(
                    moved.nominationId(),
                    moved.previousEnd(),
                    moved.window().first(),
                    moved.window().end());
        }
    }

    @Serdeable
    public record HolidaysChanged(HolidaysView holidays, List<MovedWindow> movedWindows) {}
}
