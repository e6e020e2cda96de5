package org.thidua.awards.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The shipped holiday calendar (calendar/holidays-vn.json) against an independent computation of the lunar
 * holidays and the rules of the Labour Code; plain Java, no Micronaut.
 */
class ShippedHolidaysTest {

    private static final List<HolidayYear> YEARS = HolidayYear.shipped();
    private static final String FIRST_OF_TET = "Tết Nguyên đán (mùng 1 Tết)";
    private static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương (10/3 âm lịch)";

    private static HolidayYear year(int year) {
        return YEARS.stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    private static LocalDate named(HolidayYear year, String name) {
        List<LocalDate> dates = year.days().stream()
                .filter(d -> d.name().equals(name))
                .map(HolidayYear.Day::date)
                .toList();
        assertThat(dates).as("%s in %s", name, year.year()).hasSize(1);
        return dates.get(0);
    }

    @Test
    void everyYearFrom2014To2027IsShippedWithItsSource() {
        assertThat(YEARS)
                .extracting(HolidayYear::year)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(2014, 2027).boxed().toList());
        assertThat(YEARS).allSatisfy(y -> {
            assertThat(y.source()).contains("Bộ luật Lao động");
            assertThat(y.days()).allSatisfy(d -> assertThat(d.date().getYear()).isEqualTo(y.year()));
        });
        assertThat(year(2020).source()).contains("Điều 115");
        assertThat(year(2021).source()).contains("Điều 112");
        // 2027's Tết and National Day were not announced when the data was written: the year says so
        assertThat(year(2027).unverified()).contains("Chưa có thông báo");
    }

    @Test
    void lunarNewYearAgreesWithTheAstronomicalCalendar() {
        for (HolidayYear year : YEARS) {
            assertThat(named(year, FIRST_OF_TET))
                    .as("mùng 1 Tết %s", year.year())
                    .isEqualTo(VietnameseLunarCalendar.solar(1, 1, year.year()));
        }
    }

    @Test
    void hungKingsDayAgreesWithTheAstronomicalCalendar() {
        for (HolidayYear year : YEARS) {
            assertThat(named(year, HUNG_KINGS))
                    .as("10/3 âm lịch %s", year.year())
                    .isEqualTo(VietnameseLunarCalendar.solar(10, 3, year.year()));
        }
    }

    @Test
    void theAlgorithmGivesTheKnownDates() {
        // hand-checked against printed calendars: Tết Giáp Ngọ 31/01/2014, Tết Canh Tý 25/01/2020 (a leap 4th month
        // in 2020), Tết Bính Ngọ 17/02/2026, Giỗ Tổ 2023 on Saturday 29/04/2023
        assertThat(VietnameseLunarCalendar.solar(1, 1, 2014)).isEqualTo(LocalDate.of(2014, 1, 31));
        assertThat(VietnameseLunarCalendar.solar(1, 1, 2020)).isEqualTo(LocalDate.of(2020, 1, 25));
        assertThat(VietnameseLunarCalendar.solar(1, 1, 2021)).isEqualTo(LocalDate.of(2021, 2, 12));
        assertThat(VietnameseLunarCalendar.solar(1, 1, 2026)).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(VietnameseLunarCalendar.solar(10, 3, 2023)).isEqualTo(LocalDate.of(2023, 4, 29));
    }

    @Test
    void theLabourCodesFixedHolidaysAreThere() {
        for (HolidayYear year : YEARS) {
            Map<LocalDate, HolidayYear.Day> days =
                    year.days().stream().collect(Collectors.toMap(HolidayYear.Day::date, Function.identity()));
            for (LocalDate fixed : List.of(
                    LocalDate.of(year.year(), 1, 1),
                    LocalDate.of(year.year(), 4, 30),
                    LocalDate.of(year.year(), 5, 1),
                    LocalDate.of(year.year(), 9, 2))) {
                assertThat(days.get(fixed))
                        .as("%s", fixed)
                        .isNotNull()
                        .extracting(HolidayYear.Day::kind)
                        .isEqualTo(HolidayKind.DAY_OFF);
            }
            // Tết: five days (Labour Code 2012 Art. 115, 2019 Art. 112), the first of Tết among them
            assertThat(year.days().stream()
                            .filter(d -> d.name().startsWith("Tết Nguyên đán")
                                    && !d.name().contains("(nghỉ"))
                            .count())
                    .as("Tết %s", year.year())
                    .isEqualTo(5);
            // From 2021 (Labour Code 2019 Art. 112) National Day is two days: 2/9 and one next to it; one before
            boolean nextTo = days.values().stream().anyMatch(d -> d.name().equals("Quốc khánh (ngày liền kề 2/9)"));
            assertThat(nextTo).as("Quốc khánh %s", year.year()).isEqualTo(year.year() >= 2021);
        }
    }

    @Test
    void aHolidayOnAWeekendHasItsDayOffInLieu() {
        for (HolidayYear year : YEARS) {
            long onWeekend = year.days().stream()
                    .filter(d -> d.kind() == HolidayKind.DAY_OFF)
                    .filter(d -> !d.name().startsWith("Nghỉ") && !d.name().contains("(nghỉ"))
                    .filter(d -> isWeekend(d.date()))
                    .count();
            long inLieu = year.days().stream()
                    .filter(d -> d.name().contains("ghỉ bù"))
                    .count();
            assertThat(inLieu).as("days off in lieu in %s", year.year()).isEqualTo(onWeekend);
        }
    }

    @Test
    void everyWorkingDayIsAWeekendDayAndEveryDayIsListedOnce() {
        Set<LocalDate> seen = new HashSet<>();
        for (HolidayYear year : YEARS) {
            for (HolidayYear.Day day : year.days()) {
                assertThat(seen.add(day.date()))
                        .as("%s listed once", day.date())
                        .isTrue();
                if (day.kind() == HolidayKind.WORKING_DAY) {
                    assertThat(isWeekend(day.date())).as("%s", day.date()).isTrue();
                }
            }
        }
        // the days off moved next to a weekend are as many as the Saturdays worked in exchange, over the years
        long moved = YEARS.stream()
                .flatMap(y -> y.days().stream())
                .filter(d -> d.name().contains("hoán đổi"))
                .filter(d -> d.kind() == HolidayKind.DAY_OFF)
                .count();
        long worked = YEARS.stream()
                .flatMap(y -> y.days().stream())
                .filter(d -> d.kind() == HolidayKind.WORKING_DAY)
                .count();
        assertThat(moved).isEqualTo(worked);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
