package org.thidua.awards.eligibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * not recognised counts as none; one recognised without a level counts at the unit's (BASE) level. The members the
 * sheet excluded are kept by id; {@code activeMembers} (the directory's active members of each unit) says who the
 * sheet neither rated nor excluded, and they are counted in the unit's shares all the same.
 */
public final class ReviewFacts {

    private ReviewFacts() {}

    public static YearEndReview from(ReviewPeriodFinalized review, Map<String, List<String>> activeMembers) {
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
            List<String> excluded = outcomes.excludedMembers() == null
                    ? List.of()
                    : outcomes.excludedMembers().stream()
                            .map(ReviewPeriodFinalized.ExcludedMember::memberId)
                            .toList();
            Set<String> onTheSheet = new HashSet<>(excluded);
            outcomes.members().forEach(m -> onTheSheet.add(m.memberId()));
            List<String> unrated = activeMembers.getOrDefault(outcomes.unitId(), List.of()).stream()
                    .filter(m -> !onTheSheet.contains(m))
                    .sorted()
                    .toList();
            units.add(new UnitFacts(
                    outcomes.unitId(),
                    groupOf.get(outcomes.unitId()),
                    TaskRating.valueOf(outcomes.unitTaskRating().name()),
                    rank == null ? null : rank.rank(),
                    outcomes.members().stream().map(ReviewFacts::member).toList(),
                    excluded,
                    unrated));
        }
        return new YearEndReview(review.year(), review.periodEndDate(), units);
    }

    private static MemberFacts member(ReviewPeriodFinalized.MemberOutcome m) {
        InitiativeLevel initiative = null;
        if (m.initiative() != null && m.initiative().recognised()) {
            initiative = m.initiative().level() == null
                    ? InitiativeLevel.BASE
                    : InitiativeLevel.valueOf(m.initiative().level().name());
        }
        return new MemberFacts(
                m.memberId(),
                TaskRating.valueOf(m.taskRating().name()),
                initiative,
                m.discipline() == null
                        ? Discipline.NONE
                        : Discipline.valueOf(m.discipline().name()),
                m.score());
    }
}
