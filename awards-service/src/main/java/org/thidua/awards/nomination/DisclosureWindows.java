package org.thidua.awards.nomination;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.thidua.awards.calendar.Holidays;
import org.thidua.awards.ruleset.RuleCatalogue;

/**
 * Where disclosure windows start and end: on the holiday calendar kept as data ({@link Holidays}), for the number of
 * working days of the rule set in force on the window's first day ({@code RuleSet.disclosure()}; ADR 80).
 */
@Singleton
public class DisclosureWindows {

    private final Holidays holidays;
    private final RuleCatalogue catalogue;
    private final NominationRepository nominations;

    DisclosureWindows(Holidays holidays, RuleCatalogue catalogue, NominationRepository nominations) {
        this.holidays = holidays;
        this.catalogue = catalogue;
        this.nominations = nominations;
    }

    /** The window of a disclosure opened on {@code requested}. */
    public DisclosureWindow open(LocalDate requested) {
        return open(holidays.calendar(), requested);
    }

    private DisclosureWindow open(DisclosureCalendar calendar, LocalDate requested) {
        LocalDate first = calendar.firstWorkingDay(requested);
        int workingDays = catalogue.inForce(first).disclosure().workingDays();
        return new DisclosureWindow(first, calendar.end(first, workingDays), workingDays);
    }

    /** A window moved by a change of the calendar: its nomination, its end before, its window now. */
    public record Moved(String nominationId, LocalDate previousEnd, DisclosureWindow window) {}

    /**
     * After a change of the holiday calendar, in its transaction: each DISCLOSED nomination whose window starts after
     * {@code today} gets the end the calendar now gives, counted from the day it was to start (kept as it was, so
     * that undoing a change gives the old end back: if that day became a day off, counting starts on the next working
     * day); a window already started keeps its days. Returns the windows whose end changed.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<Moved> reopenNotStarted(LocalDate today, Instant now) {
        DisclosureCalendar calendar = holidays.calendar();
        List<Moved> moved = new ArrayList<>();
        for (Nomination n : nominations.lockDisclosedStartingAfter(today)) {
            DisclosureWindow counted = open(calendar, n.disclosureStart());
            if (!counted.end().equals(n.disclosureEnd())) {
                nominations.update(n.disclosed(n.disclosureStart(), counted.end(), now));
                moved.add(new Moved(
                        n.id(),
                        n.disclosureEnd(),
                        new DisclosureWindow(n.disclosureStart(), counted.end(), counted.workingDays())));
            }
        }
        return moved;
    }
}
