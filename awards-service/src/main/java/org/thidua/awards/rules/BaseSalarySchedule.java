package org.thidua.awards.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The base salary (lương cơ sở) with the dates each amount takes effect; bonuses are multiples of it. */
public record BaseSalarySchedule(List<Entry> entries) {

    /** An amount in VND in force from a date until the next entry. */
    public record Entry(LocalDate effectiveFrom, BigDecimal amount) {}

    public BaseSalarySchedule {
        entries = entries.stream()
                .sorted(Comparator.comparing(Entry::effectiveFrom))
                .toList();
    }

    /** @throws IllegalArgumentException when no amount is in force on that date */
    public BigDecimal amountOn(LocalDate date) {
        return entries.stream()
                .filter(e -> !e.effectiveFrom().isAfter(date))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalArgumentException("no base salary in force on " + date))
                .amount();
    }

    /** The bonus for a title decided on {@code decisionDate}: multiple × base salary in force, in whole VND. */
    public BigDecimal bonus(Title title, LocalDate decisionDate) {
        return title.bonusMultiple().multiply(amountOn(decisionDate)).setScale(0, RoundingMode.HALF_UP);
    }
}
