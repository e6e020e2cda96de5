package org.thidua.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.web.Problem;

class CampaignDatesPolicyTest {

    private static CampaignRequest request(
            int year,
            String start,
            String registration,
            String midEnd,
            String midSub,
            String yearEnd,
            String yearEndSub,
            String end) {
        List<CampaignRequest.PeriodRequest> periods = midEnd == null
                ? List.of(new CampaignRequest.PeriodRequest(ReviewPeriod.YEAR_END, d(yearEnd), d(yearEndSub)))
                : List.of(
                        new CampaignRequest.PeriodRequest(ReviewPeriod.YEAR_END, d(yearEnd), d(yearEndSub)),
                        new CampaignRequest.PeriodRequest(ReviewPeriod.MID_YEAR, d(midEnd), d(midSub)));
        return new CampaignRequest(
                "PT",
                "Phong trào",
                "Chủ đề",
                CampaignKind.REGULAR,
                year,
                d(start),
                d(end),
                d(registration),
                new CampaignRequest.ScopeRequest(true, null),
                periods,
                null);
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static List<String> fields(CampaignRequest request) {
        return CampaignDatesPolicy.violations(request).stream()
                .map(Problem.Violation::field)
                .toList();
    }

    @Test
    void aTypicalYearIsAccepted() {
        assertThat(fields(request(
                        2026,
                        "2026-01-10",
                        "2026-03-15",
                        "2026-06-30",
                        "2026-07-10",
                        "2026-11-30",
                        "2026-12-15",
                        "2026-12-31")))
                .isEmpty();
    }

    @Test
    void theCampaignMayBeLaunchedFromDecemberBeforeAndItsYearEndReviewRunToJanuaryAfter() {
        assertThat(fields(request(
                        2026,
                        "2025-12-01",
                        "2025-12-31",
                        "2026-06-30",
                        "2026-07-10",
                        "2026-12-31",
                        "2027-01-31",
                        "2027-01-31")))
                .isEmpty();
        assertThat(fields(request(
                        2026,
                        "2025-11-30",
                        "2026-03-15",
                        "2026-06-30",
                        "2026-07-10",
                        "2026-12-31",
                        "2027-01-15",
                        "2027-02-01")))
                .containsExactly("startDate", "endDate");
    }

    @Test
    void theReviewedPeriodsEndInTheCampaignsYearItself() {
        List<Problem.Violation> violations = CampaignDatesPolicy.violations(request(
                2026,
                "2026-01-10",
                "2026-03-15",
                "2026-06-30",
                "2026-07-10",
                "2027-01-10",
                "2027-01-20",
                "2027-01-31"));
        assertThat(violations)
                .containsExactly(new Problem.Violation(
                        "periods[0].endDate",
                        "must be in the campaign's year 2026 (the period reviewed is of that year)"));
    }

    @Test
    void aDateFarFromTheYearIsRefusedWithTheWindowInVietnameseDayOrder() {
        List<Problem.Violation> violations = CampaignDatesPolicy.violations(request(
                2019,
                "2019-01-15",
                "2031-03-01",
                "2019-06-30",
                "2019-07-10",
                "2019-11-30",
                "2019-12-15",
                "2019-12-31"));
        assertThat(violations)
                .contains(new Problem.Violation(
                        "registrationDeadline",
                        "must lie between 01/12/2018 and 31/01/2020, the emulation year of a 2019 campaign"));
    }

    @Test
    void everyDateFollowsTheOneBeforeIt() {
        assertThat(CampaignDatesPolicy.violations(request(
                        2026,
                        "2026-03-01",
                        "2026-02-01",
                        "2026-06-30",
                        "2026-06-20",
                        "2026-05-31",
                        "2026-12-15",
                        "2026-12-10")))
                .containsExactly(
                        new Problem.Violation("registrationDeadline", "must not be before startDate (01/03/2026)"),
                        new Problem.Violation(
                                "periods[1].submissionDeadline", "must not be before periods[1].endDate (30/06/2026)"),
                        new Problem.Violation(
                                "periods[0].endDate", "must not be before periods[1].submissionDeadline (20/06/2026)"),
                        new Problem.Violation(
                                "endDate", "must not be before periods[0].submissionDeadline (15/12/2026)"));
    }

    @Test
    void aCampaignWithOnlyAYearEndReviewOrdersItAfterTheRegistrationDeadline() {
        assertThat(fields(request(
                        2026, "2026-01-10", "2026-03-15", null, null, "2026-03-01", "2026-12-15", "2026-12-31")))
                .containsExactly("periods[0].endDate");
    }
}
