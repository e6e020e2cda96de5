package org.thidua.campaigns.review;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.thidua.campaigns.campaign.Campaign;
import org.thidua.campaigns.campaign.CampaignLifecycle;
import org.thidua.campaigns.campaign.CampaignPeriod;
import org.thidua.campaigns.campaign.CampaignPeriodRepository;
import org.thidua.campaigns.campaign.Campaigns;
import org.thidua.campaigns.registration.Registration;
import org.thidua.campaigns.registration.RegistrationRepository;
import org.thidua.campaigns.registration.RegistrationState;
import org.thidua.campaigns.scope.CampaignScope;
import org.thidua.campaigns.scoresheet.ScoreSheet;
import org.thidua.campaigns.scoresheet.ScoreSheetRepository;
import org.thidua.campaigns.scoresheet.ScoreSheetState;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;
import org.thidua.messaging.Outbox;
import org.thidua.web.ProblemException;

/**
 * Use case: the emulation office closes (finalises) a review period; the stored ranking is read through
 * {@link Rankings}. Every accepted registration has an approved sheet, or is excluded explicitly with a reason; the ranking per group is computed ({@link StandardCompetitionRanking}),
 * stored and published with, at year end, every ranked unit's member outcomes and the members its sheet excluded,
 * and the campaign's kind (only the regular campaign's year end decides annual titles). A finalized period is final.
 */
@Singleton
public class ClosingReviewPeriod {

    static final String NO_GROUP = "Not a member of any group in the campaign's scope";

    private final Campaigns campaigns;
    private final CampaignPeriodRepository periods;
    private final RegistrationRepository registrations;
    private final ScoreSheetRepository sheets;
    private final YearEndOutcomes yearEnd;
    private final CampaignScope scope;
    private final Rankings stored;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    ClosingReviewPeriod(
            Campaigns campaigns,
            CampaignPeriodRepository periods,
            RegistrationRepository registrations,
            ScoreSheetRepository sheets,
            YearEndOutcomes yearEnd,
            CampaignScope scope,
            Rankings rankings,
            Outbox outbox) {
        this.yearEnd = yearEnd;
        this.campaigns = campaigns;
        this.periods = periods;
        this.registrations = registrations;
        this.sheets = sheets;
        this.scope = scope;
        this.stored = rankings;
        this.outbox = outbox;
    }

    @Transactional
    public ReviewPeriodFinalized close(String campaignId, ReviewPeriod period, FinalizeRequest request) {
        Campaign campaign = campaigns.share(campaignId);
        CampaignPeriod open = campaigns.lockPeriod(campaignId, period);
        ProblemException.orConflict(CampaignLifecycle.takePart(campaign.state()));
        if (open.state() == PeriodState.FINALIZED) {
            throw ProblemException.invalidState(
                    PeriodState.FINALIZED.name(), "The " + period + " review period is already finalized");
        }
        Set<String> excludedUnits = new TreeSet<>();
        if (request.excludedUnitIds() != null) {
            request.excludedUnitIds().forEach(u -> excludedUnits.add(u.strip().toLowerCase()));
        }
        String reason = excludedUnits.isEmpty() ? null : ProblemException.requireReason(request.reason());

        Map<String, Registration> accepted =
                registrations.findByCampaignIdAndState(campaignId, RegistrationState.ACCEPTED).stream()
                        .collect(Collectors.toMap(Registration::unitId, r -> r));
        List<String> unknown =
                excludedUnits.stream().filter(u -> !accepted.containsKey(u)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalidField(
                    "excludedUnitIds", "are not units with an accepted registration: " + String.join(", ", unknown));
        }
        Map<String, ScoreSheet> approved = new HashMap<>();
        for (ScoreSheet sheet :
                sheets.findByCampaignIdAndPeriodAndState(campaignId, period, ScoreSheetState.APPROVED)) {
            if (accepted.containsKey(sheet.unitId())) {
                approved.put(sheet.unitId(), sheet);
            }
        }
        List<String> missing = accepted.keySet().stream()
                .filter(u -> !approved.containsKey(u) && !excludedUnits.contains(u))
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("Every accepted registration needs an approved " + period
                    + " score sheet, or an explicit exclusion with a reason; " + missing.size() + " unit(s) lack one: "
                    + String.join(", ", missing.subList(0, Math.min(20, missing.size())))
                    + (missing.size() > 20 ? ", ..." : ""));
        }
        approved.keySet().removeAll(excludedUnits);

        List<String> groupIds = scope.rankingGroups(campaign, campaigns.scopeGroupIds(campaignId));
        Map<String, List<String>> members = scope.members(groupIds);
        Map<String, String> groupNames = scope.groupNames(groupIds);
        Set<String> named = new TreeSet<>(approved.keySet());
        named.addAll(excludedUnits);
        Map<String, String> unitNames = scope.unitNames(named);
        Map<String, String> firstGroup = new HashMap<>();
        List<ReviewPeriodFinalized.GroupRanking> rankings = new ArrayList<>();
        for (String groupId : groupIds) {
            List<StandardCompetitionRanking.Score> scores = new ArrayList<>();
            for (String unitId : members.getOrDefault(groupId, List.of())) {
                firstGroup.putIfAbsent(unitId, groupId);
                ScoreSheet sheet = approved.get(unitId);
                if (sheet != null) {
                    scores.add(new StandardCompetitionRanking.Score(unitId, sheet.reviewedTotal()));
                }
            }
            rankings.add(new ReviewPeriodFinalized.GroupRanking(
                    groupId,
                    StandardCompetitionRanking.rank(scores).stream()
                            .map(r -> new ReviewPeriodFinalized.RankingEntry(
                                    r.unitId(), r.total(), r.rank(), unitNames.get(r.unitId())))
                            .toList(),
                    groupNames.get(groupId)));
        }
        List<ReviewPeriodFinalized.ExcludedUnit> excluded = new ArrayList<>();
        excludedUnits.forEach(u ->
                excluded.add(new ReviewPeriodFinalized.ExcludedUnit(u, firstGroup.get(u), reason, unitNames.get(u))));
        new TreeSet<>(approved.keySet())
                .stream()
                        .filter(u -> !firstGroup.containsKey(u))
                        .forEach(u -> excluded.add(
                                new ReviewPeriodFinalized.ExcludedUnit(u, null, NO_GROUP, unitNames.get(u))));

        List<ReviewPeriodFinalized.UnitOutcomes> memberOutcomes =
                period == ReviewPeriod.YEAR_END ? yearEnd.of(approved) : List.of();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        stored.store(campaignId, period, rankings, excluded);
        periods.update(open.finalized(reason, now));
        ReviewPeriodFinalized finalized = new ReviewPeriodFinalized(
                campaignId,
                campaign.year(),
                period,
                open.endDate(),
                rankings,
                memberOutcomes,
                excluded,
                now,
                CampaignLaunched.Kind.valueOf(campaign.kind().name()));
        outbox.publish(finalized);
        return finalized;
    }
}
