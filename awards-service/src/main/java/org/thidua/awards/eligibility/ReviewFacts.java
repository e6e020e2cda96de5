package org.thidua.awards.eligibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.thidua.awards.rules.Discipline;
import org.thidua.awards.rules.InitiativeLevel;
import org.thidua.awards.rules.MemberFacts;
import org.thidua.awards.rules.TaskRating;
import org.thidua.awards.rules.UnitFacts;
import org.thidua.awards.rules.YearEndReview;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;

/**
 * What the rules need from a finalized year-end review: every unit with outcomes, its best rank over the groups it
 * was ranked in (and that group), its members' ratings, recognised initiatives and discipline. An initiative that was
 * not recognised counts as none; one recognised without a level counts at the unit's (BASE) level.
 */
public final class ReviewFacts {

    private ReviewFacts() {
    }

    public static YearEndReview from(ReviewPeriodFinalized review) {
        Map<String, ReviewPeriodFinalized.RankingEntry> best = new HashMap<>();
        Map<String, String> groupOf = new HashMap<>();
        for (ReviewPeriodFinalized.GroupRanking group : review.rankings()) {
            for (ReviewPeriodFinalized.RankingEntry entry : group.entries()) {
                ReviewPeriodFinalized.RankingEntry known = best.get(entry.unitId());
                if (known == null || entry.rank() < known.rank()) {
                    best.put(entry.unitId(), entry);
                    groupOf.put(entry.unitId(), group.groupId());
                }
            }
        }
        List<UnitFacts> units = new ArrayList<>();
        for (ReviewPeriodFinalized.UnitOutcomes outcomes : review.memberOutcomes()) {
            ReviewPeriodFinalized.RankingEntry rank = best.get(outcomes.unitId());
            units.add(new UnitFacts(outcomes.unitId(), groupOf.get(outcomes.unitId()),
                    TaskRating.valueOf(outcomes.unitTaskRating().name()), rank == null ? null : rank.rank(),
                    outcomes.members().stream().map(ReviewFacts::member).toList()));
        }
        return new YearEndReview(review.year(), review.periodEndDate(), units);
    }

    private static MemberFacts member(ReviewPeriodFinalized.MemberOutcome m) {
        InitiativeLevel initiative = null;
        if (m.initiative() != null && m.initiative().recognised()) {
            initiative = m.initiative().level() == null ? InitiativeLevel.BASE
                    : InitiativeLevel.valueOf(m.initiative().level().name());
        }
        return new MemberFacts(m.memberId(), TaskRating.valueOf(m.taskRating().name()), initiative,
                m.discipline() == null ? Discipline.NONE : Discipline.valueOf(m.discipline().name()));
    }
}
