package org.thidua.awards.rules;

import java.time.LocalDate;
import java.util.List;

/** What a finalized year-end review tells the rules: every ranked unit with its members' outcomes. */
public record YearEndReview(int year, LocalDate periodEndDate, List<UnitFacts> units) {

    public YearEndReview {
        units = List.copyOf(units);
    }
}
