package org.thidua.campaigns.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Standard competition ranking ("1224"): best total first; equal totals share a rank and the next rank skips as
 * many places as shared it. Units with equal totals are listed by unit id, so the order is deterministic.
 */
public final class StandardCompetitionRanking {

    /** A unit's total. */
    public record Score(String unitId, BigDecimal total) {}

    /** A unit's place in the ranking. */
    public record Ranked(String unitId, BigDecimal total, int rank) {}

    private StandardCompetitionRanking() {}

    public static List<Ranked> rank(List<Score> scores) {
        List<Score> sorted = new ArrayList<>(scores);
        sorted.sort(
                Comparator.comparing(Score::total, Comparator.reverseOrder()).thenComparing(Score::unitId));
        List<Ranked> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Score score = sorted.get(i);
            int rank = i > 0 && score.total().compareTo(sorted.get(i - 1).total()) == 0
                    ? ranked.get(i - 1).rank()
                    : i + 1;
            ranked.add(new Ranked(score.unitId(), score.total(), rank));
        }
        return ranked;
    }
}
