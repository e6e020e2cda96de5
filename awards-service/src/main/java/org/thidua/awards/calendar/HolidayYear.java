package org.thidua.awards.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One year of the holiday calendar of public bodies: where its days come from ({@code source}: the Labour Code
 * article and the Government's notices), what could not be checked ({@code unverified}, for a person to read; null
 * when everything was), and its days. The shipped years are {@code calendar/holidays-vn.json} (ADR 80).
 */
public record HolidayYear(int year, String source, String unverified, List<Day> days) {

    static final String SHIPPED = "calendar/holidays-vn.json";

    public HolidayYear {
        days = List.copyOf(days);
    }

    /** A day of the calendar and its name as people read it ("Tết Nguyên đán (mùng 1 Tết)"). */
    @Serdeable
    public record Day(LocalDate date, HolidayKind kind, String name) {}

    /** The years shipped with the service, in year order. */
    public static List<HolidayYear> shipped() {
        try (InputStream in = HolidayYear.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing");
            }
            List<HolidayYear> years = new ArrayList<>();
            for (JsonNode year : new ObjectMapper().readTree(in).path("years")) {
                List<Day> days = new ArrayList<>();
                for (JsonNode day : year.path("days")) {
                    days.add(new Day(
                            LocalDate.parse(day.path("date").asText()),
                            HolidayKind.valueOf(day.path("kind").asText()),
                            day.path("name").asText()));
                }
                years.add(new HolidayYear(
                        year.path("year").asInt(),
                        year.path("source").asText(),
                        year.path("unverified").isMissingNode()
                                ? null
                                : year.path("unverified").asText(),
                        days));
            }
            return years;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
