package org.thidua.campaigns.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.web.Problem;

/**
 * Every date of a campaign of year Y lies in its emulation year and in order (ADR 21):
 * <ul>
 *   <li>the campaign may be launched and registered for from 1 December of Y-1 (the previous year's year-end
 *   conference launches the next campaign) and its year-end review may run to 31 January of Y+1; nothing lies
 *   outside that window;</li>
 *   <li>the periods reviewed (each review period's {@code endDate}) lie in Y itself;</li>
 *   <li>startDate ≤ registrationDeadline ≤ MID_YEAR endDate ≤ MID_YEAR submissionDeadline ≤ YEAR_END endDate ≤
 *   YEAR_END submissionDeadline ≤ endDate (periods absent from the campaign are skipped).</li>
 * </ul>
 */
public final class CampaignDatesPolicy {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CampaignDatesPolicy() {}

    /** The first day a campaign of {@code year} may use. */
    public static LocalDate windowStart(int year) {
        return LocalDate.of(year - 1, 12, 1);
    }

    /** The last day a campaign of {@code year} may use. */
    public static LocalDate windowEnd(int year) {
        return LocalDate.of(year + 1, 1, 31);
    }

    /** The violations of the rule, each naming its field; empty when the dates are right. */
    public static List<Problem.Violation> violations(CampaignRequest request) {
        int year = request.year();
        LocalDate from = windowStart(year);
        LocalDate to = windowEnd(year);
        List<Problem.Violation> violations = new ArrayList<>();
        List<Dated> chain = new ArrayList<>();
        chain.add(new Dated("startDate", request.startDate()));
        chain.add(new Dated("registrationDeadline", request.registrationDeadline()));
        for (ReviewPeriod kind : List.of(ReviewPeriod.MID_YEAR, ReviewPeriod.YEAR_END)) {
            for (int i = 0; i < request.periods().size(); i++) {
                CampaignRequest.PeriodRequest p = request.periods().get(i);
                if (p.period() == kind) {
                    String field = "periods[" + i + "]";
                    if (p.endDate().getYear() != year) {
                        violations.add(new Problem.Violation(
                                field + ".endDate",
                                "must be in the campaign's year " + year + " (the period reviewed is of that year)"));
                    }
                    chain.add(new Dated(field + ".endDate", p.endDate()));
                    chain.add(new Dated(field + ".submissionDeadline", p.submissionDeadline()));
                    break;
                }
            }
        }
        chain.add(new Dated("endDate", request.endDate()));
        for (Dated d : chain) {
            if (d.date().isBefore(from) || d.date().isAfter(to)) {
                violations.add(new Problem.Violation(
                        d.field(),
                        "must lie between " + DAY.format(from) + " and " + DAY.format(to) + ", the emulation year of a "
                                + year + " campaign"));
            }
        }
        for (int i = 1; i < chain.size(); i++) {
            Dated before = chain.get(i - 1);
            Dated d = chain.get(i);
            if (d.date().isBefore(before.date())) {
                violations.add(new Problem.Violation(
                        d.field(), "must not be before " + before.field() + " (" + DAY.format(before.date()) + ")"));
            }
        }
        return violations;
    }

    private record Dated(String field, LocalDate date) {}
}
