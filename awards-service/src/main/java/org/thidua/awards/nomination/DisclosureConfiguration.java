package org.thidua.awards.nomination;

import java.time.LocalDate;
import java.util.List;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The disclosure calendar from configuration: {@code thidua.awards.disclosure.working-days} (default 5) and
 * {@code thidua.awards.disclosure.holidays} (dates, yyyy-mm-dd).
 */
@Factory
class DisclosureConfiguration {

    @Singleton
    DisclosureCalendar disclosureCalendar(@Value("${thidua.awards.disclosure.working-days:5}") int workingDays,
                                          @Value("${thidua.awards.disclosure.holidays:}") List<String> holidays) {
        return new DisclosureCalendar(workingDays, holidays.stream().filter(h -> !h.isBlank()).map(String::strip)
                .map(LocalDate::parse).toList());
    }
}
