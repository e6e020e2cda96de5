package org.thidua.campaigns.scoresheet;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thidua.campaigns.campaign.Campaign;
import org.thidua.campaigns.campaign.CampaignLifecycle;
import org.thidua.campaigns.campaign.CampaignPeriod;
import org.thidua.campaigns.campaign.Campaigns;
import org.thidua.campaigns.campaign.Criterion;
import org.thidua.campaigns.review.PeriodState;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.web.Problem;
import org.thidua.web.ProblemException;

/** What every change of a score sheet checks first: the campaign runs, the period is open, points fit criteria. */
@Singleton
class SheetRules {

    private final Campaigns campaigns;
    private final ScoreSheetRepository sheets;

    SheetRules(Campaigns campaigns, ScoreSheetRepository sheets) {
        this.campaigns = campaigns;
        this.sheets = sheets;
    }

    /** Share-locks the campaign and the period and refuses when either is no longer open. */
    CampaignPeriod openPeriod(String campaignId, ReviewPeriod period) {
        Campaign campaign = campaigns.share(campaignId);
        CampaignPeriod open = campaigns.sharePeriod(campaignId, period);
        ProblemException.orConflict(CampaignLifecycle.takePart(campaign.state()));
        if (open.state() == PeriodState.FINALIZED) {
            throw ProblemException.invalidState(
                    PeriodState.FINALIZED.name(),
                    "The " + period + " review period is finalized: its score sheets are final");
        }
        return open;
    }

    /** The sheet, locked, after {@link #openPeriod}. */
    ScoreSheet lock(String campaignId, ReviewPeriod period, String id) {
        openPeriod(campaignId, period);
        return sheets.findByIdForUpdate(id)
                .filter(s -> s.campaignId().equals(campaignId) && s.period() == period)
                .orElseThrow(() -> ProblemException.notFound("Score sheet", id));
    }

    Map<String, Criterion> criteria(String campaignId) {
        return campaigns.criteria(campaignId).stream().collect(Collectors.toMap(Criterion::code, Function.identity()));
    }

    /** 400 naming each entry whose criterion is unknown, repeated, or whose points exceed the criterion's maximum. */
    static void checkPoints(Map<String, Criterion> criteria, List<String> codes, List<BigDecimal> points) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            Criterion criterion = criteria.get(codes.get(i));
            if (criterion == null) {
                violations.add(new Problem.Violation(
                        "entries[" + i + "].criterionCode", "is not a criterion of this campaign"));
            } else if (!seen.add(codes.get(i))) {
                violations.add(new Problem.Violation("entries[" + i + "].criterionCode", "appears twice"));
            } else if (points.get(i).compareTo(criterion.maxPoints()) > 0) {
                violations.add(new Problem.Violation(
                        "entries[" + i + "].points",
                        "must be at most " + criterion.maxPoints().toPlainString() + " (the criterion's maximum)"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("The score sheet's points are not valid", violations);
        }
    }

    /**
     * 400 naming each {@code memberOutcomes[i].score} above the sheet's maximum, the sum of the campaign's criteria
     * maxima (e.g. 40 + 30 + 30 = 100); below 0 the request's own validation refuses it.
     */
    static void checkMemberScores(Map<String, Criterion> criteria, List<ScoreSheetRequest.Outcome> outcomes) {
        if (outcomes == null) {
            return;
        }
        BigDecimal maximum =
                criteria.values().stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            BigDecimal score = outcomes.get(i).score();
            if (score != null && score.compareTo(maximum) > 0) {
                violations.add(new Problem.Violation(
                        "memberOutcomes[" + i + "].score",
                        "must be at most " + maximum.stripTrailingZeros().toPlainString() + " (the sheet's maximum)"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("The members' year-end scores are not valid", violations);
        }
    }
}
