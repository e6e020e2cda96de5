package org.thidua.campaigns.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thidua.campaigns.review.StandardCompetitionRanking.Ranked;
import org.thidua.campaigns.review.StandardCompetitionRanking.Score;

class StandardCompetitionRankingTest {

    @Test
    void equalTotalsShareARankAndTheNextRankSkips() {
        List<Ranked> ranked = StandardCompetitionRanking.rank(
                List.of(score("d", "80.00"), score("b", "92.50"), score("a", "95.00"), score("c", "92.5")));
        assertThat(ranked).extracting(Ranked::unitId).containsExactly("a", "b", "c", "d");
        assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 2, 2, 4);
    }

    @Test
    void aThreeWayTieAtTheTopLeavesTwoGaps() {
        assertThat(StandardCompetitionRanking.rank(
                        List.of(score("a", "90"), score("b", "90"), score("c", "90"), score("d", "10"))))
                .extracting(Ranked::rank)
                .containsExactly(1, 1, 1, 4);
    }

    @Test
    void noScoresNoRankingAndOneScoreIsFirst() {
        assertThat(StandardCompetitionRanking.rank(List.of())).isEmpty();
        assertThat(StandardCompetitionRanking.rank(List.of(score("a", "0"))))
                .extracting(Ranked::rank)
                .containsExactly(1);
    }

    private static Score score(String unit, String points) {
        return new Score(unit, new BigDecimal(points));
    }
}
