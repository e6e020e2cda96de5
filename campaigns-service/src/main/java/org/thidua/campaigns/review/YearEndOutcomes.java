package org.thidua.campaigns.review;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.thidua.campaigns.scoresheet.MemberExclusion;
import org.thidua.campaigns.scoresheet.MemberExclusionRepository;
import org.thidua.campaigns.scoresheet.MemberOutcome;
import org.thidua.campaigns.scoresheet.MemberOutcomeRepository;
import org.thidua.campaigns.scoresheet.ScoreSheet;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;

/**
 * What the year end's {@code review.period-finalized} carries for awards-service: every ranked unit's member outcomes
 * and the members its sheet excluded, ordered by unit and member.
 */
@Singleton
class YearEndOutcomes {

    private final MemberOutcomeRepository outcomes;
    private final MemberExclusionRepository exclusions;

    YearEndOutcomes(MemberOutcomeRepository outcomes, MemberExclusionRepository exclusions) {
        this.outcomes = outcomes;
        this.exclusions = exclusions;
    }

    /** The member outcomes and excluded members of each approved sheet, by unit id. */
    List<ReviewPeriodFinalized.UnitOutcomes> of(Map<String, ScoreSheet> approved) {
        Map<String, List<MemberOutcome>> bySheet = new HashMap<>();
        Map<String, List<MemberExclusion>> excludedBySheet = new HashMap<>();
        List<String> sheetIds = approved.values().stream().map(ScoreSheet::id).toList();
        for (int i = 0; i < sheetIds.size(); i += 1000) {
            List<String> chunk = sheetIds.subList(i, Math.min(sheetIds.size(), i + 1000));
            outcomes.findByScoreSheetIdIn(chunk)
                    .forEach(o -> bySheet.computeIfAbsent(o.scoreSheetId(), k -> new ArrayList<>())
                            .add(o));
            exclusions
                    .findByScoreSheetIdIn(chunk)
                    .forEach(x -> excludedBySheet
                            .computeIfAbsent(x.scoreSheetId(), k -> new ArrayList<>())
                            .add(x));
        }
        List<ReviewPeriodFinalized.UnitOutcomes> result = new ArrayList<>();
        for (String unitId : new TreeSet<>(approved.keySet())) {
            ScoreSheet sheet = approved.get(unitId);
            result.add(new ReviewPeriodFinalized.UnitOutcomes(
                    unitId,
                    sheet.unitTaskRating(),
                    bySheet.getOrDefault(sheet.id(), List.of()).stream()
                            .sorted(Comparator.comparing(MemberOutcome::memberId))
                            .map(o -> new ReviewPeriodFinalized.MemberOutcome(
                                    o.memberId(),
                                    o.taskRating(),
                                    o.initiativeRecognised() == null
                                            ? null
                                            : new ReviewPeriodFinalized.Initiative(
                                                    o.initiativeRecognised(), o.initiativeTitle(), o.initiativeLevel()),
                                    o.discipline(),
                                    o.score()))
                            .toList(),
                    excludedBySheet.getOrDefault(sheet.id(), List.of()).stream()
                            .sorted(Comparator.comparing(MemberExclusion::memberId))
                            .map(x -> new ReviewPeriodFinalized.ExcludedMember(x.memberId(), x.reason()))
                            .toList()));
        }
        return result;
    }
}
