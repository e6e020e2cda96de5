package org.thidua.awards.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thidua.awards.rules.Discipline;
import org.thidua.awards.rules.InitiativeLevel;
import org.thidua.awards.rules.MemberFacts;
import org.thidua.awards.rules.TaskRating;
import org.thidua.awards.rules.UnitFacts;
import org.thidua.awards.rules.YearEndReview;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.GroupRanking;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.Initiative;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.MemberOutcome;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.RankingEntry;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.UnitOutcomes;

class ReviewFactsTest {

    @Test
    void aUnitRankedInTwoGroupsKeepsItsBestRankAndOnlyRecognisedInitiativesCount() {
        ReviewPeriodFinalized finalized = new ReviewPeriodFinalized(
                "c1",
                2019,
                ReviewPeriod.YEAR_END,
                LocalDate.of(2019, 12, 31),
                List.of(
                        new GroupRanking(
                                "block-3",
                                List.of(
                                        new RankingEntry("other", BigDecimal.TEN, 1),
                                        new RankingEntry("u1", BigDecimal.ONE, 2))),
                        new GroupRanking("cluster-1", List.of(new RankingEntry("u1", BigDecimal.TEN, 1)))),
                List.of(new UnitOutcomes(
                        "u1",
                        ReviewPeriodFinalized.TaskRating.EXCELLENT,
                        List.of(
                                new MemberOutcome(
                                        "an",
                                        ReviewPeriodFinalized.TaskRating.EXCELLENT,
                                        new Initiative(
                                                true, "Số hoá hồ sơ", ReviewPeriodFinalized.InitiativeLevel.MINISTRY),
                                        ReviewPeriodFinalized.Discipline.NONE),
                                new MemberOutcome(
                                        "binh",
                                        ReviewPeriodFinalized.TaskRating.GOOD,
                                        new Initiative(
                                                false, "Chưa công nhận", ReviewPeriodFinalized.InitiativeLevel.BASE),
                                        ReviewPeriodFinalized.Discipline.REPRIMAND),
                                new MemberOutcome(
                                        "chi",
                                        ReviewPeriodFinalized.TaskRating.COMPLETED,
                                        new Initiative(true, "Không ghi cấp", null),
                                        null)),
                        List.of())),
                List.of(),
                Instant.parse("2019-12-31T10:00:00Z"),
                CampaignLaunched.Kind.REGULAR);

        YearEndReview review = ReviewFacts.from(finalized, Map.of());

        assertThat(review.year()).isEqualTo(2019);
        assertThat(review.periodEndDate()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(review.units())
                .containsExactly(new UnitFacts(
                        "u1",
                        "cluster-1",
                        TaskRating.EXCELLENT,
                        1,
                        List.of(
                                new MemberFacts("an", TaskRating.EXCELLENT, InitiativeLevel.MINISTRY, Discipline.NONE),
                                new MemberFacts("binh", TaskRating.GOOD, null, Discipline.REPRIMAND),
                                new MemberFacts("chi", TaskRating.COMPLETED, InitiativeLevel.BASE, Discipline.NONE)),
                        List.of(),
                        List.of()));
    }

    @Test
    void activeMembersTheSheetNeitherRatedNorExcludedAreKeptAsUnrated() {
        ReviewPeriodFinalized finalized = yearEnd(
                CampaignLaunched.Kind.REGULAR,
                new UnitOutcomes(
                        "u1",
                        ReviewPeriodFinalized.TaskRating.GOOD,
                        List.of(new MemberOutcome(
                                "an",
                                ReviewPeriodFinalized.TaskRating.GOOD,
                                null,
                                ReviewPeriodFinalized.Discipline.NONE)),
                        List.of(new ReviewPeriodFinalized.ExcludedMember("binh", "Chuyển đến sau ngày 01/10/2019"))));

        UnitFacts unit = ReviewFacts.from(finalized, Map.of("u1", List.of("dung", "an", "binh", "chi")))
                .units()
                .get(0);

        assertThat(unit.excludedMembers()).containsExactly("binh");
        assertThat(unit.unratedMembers()).containsExactly("chi", "dung");
        assertThat(unit.coveredMembers()).containsExactly("an", "chi", "dung");
    }

    @Test
    void aMembersYearEndScoreIsKeptWhereTheSheetGivesOne() {
        ReviewPeriodFinalized finalized = yearEnd(
                CampaignLaunched.Kind.REGULAR,
                new UnitOutcomes(
                        "u1",
                        ReviewPeriodFinalized.TaskRating.GOOD,
                        List.of(
                                new MemberOutcome(
                                        "an",
                                        ReviewPeriodFinalized.TaskRating.GOOD,
                                        null,
                                        ReviewPeriodFinalized.Discipline.NONE,
                                        new BigDecimal("92.50")),
                                new MemberOutcome(
                                        "binh",
                                        ReviewPeriodFinalized.TaskRating.GOOD,
                                        null,
                                        ReviewPeriodFinalized.Discipline.NONE)),
                        List.of()));

        List<MemberFacts> members =
                ReviewFacts.from(finalized, Map.of()).units().get(0).members();

        assertThat(members).extracting(MemberFacts::score).containsExactly(new BigDecimal("92.50"), null);
    }

    @Test
    void onlyTheRegularCampaignsYearEndDecidesAnnualTitles() {
        assertThat(ProposingNominations.decidesAnnualTitles(yearEnd(CampaignLaunched.Kind.REGULAR)))
                .isTrue();
        assertThat(ProposingNominations.decidesAnnualTitles(yearEnd(null)))
                .as("published before the kind existed")
                .isTrue();
        assertThat(ProposingNominations.decidesAnnualTitles(yearEnd(CampaignLaunched.Kind.THEMATIC)))
                .isFalse();
    }

    private static ReviewPeriodFinalized yearEnd(CampaignLaunched.Kind kind, UnitOutcomes... units) {
        return new ReviewPeriodFinalized(
                "c1",
                2019,
                ReviewPeriod.YEAR_END,
                LocalDate.of(2019, 12, 31),
                List.of(),
                List.of(units),
                List.of(),
                Instant.parse("2019-12-31T10:00:00Z"),
                kind);
    }
}
