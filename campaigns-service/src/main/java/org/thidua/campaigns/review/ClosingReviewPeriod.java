package org.thidua.campaigns.review;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.thidua.campaigns.campaign.Campaign;
import org.thidua.campaigns.campaign.CampaignLifecycle;
import org.thidua.campaigns.campaign.CampaignPeriod;
import org.thidua.campaigns.campaign.CampaignPeriodRepository;
import org.thidua.campaigns.campaign.Campaigns;
import org.thidua.campaigns.registration.Registration;
import org.thidua.campaigns.registration.RegistrationRepository;
import org.thidua.campaigns.registration.RegistrationState;
import org.thidua.campaigns.scope.CampaignScope;
import org.thidua.campaigns.scoresheet.MemberExclusion;
import org.thidua.campaigns.scoresheet.MemberExclusionRepository;
import org.thidua.campaigns.scoresheet.MemberOutcome;
import org.thidua.campaigns.scoresheet.MemberOutcomeRepository;
import org.thidua.campaigns.scoresheet.ScoreSheet;
import org.thidua.campaigns.scoresheet.ScoreSheetRepository;
import org.thidua.campaigns.scoresheet.ScoreSheetState;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;
import org.thidua.messaging.Outbox;
import org.thidua.web.ProblemException;

/**
 * Use case: the emulation office finalises a review period. Every accepted registration has an approved sheet, or
 * is excluded explicitly with a reason; the ranking per group is computed ({@link StandardCompetitionRanking}),
 * stored and published with, at year end, every ranked unit's member outcomes and the members its sheet excluded,
 * and the campaign's kind (only the regular campaign's year end decides annual titles). A finalized period is final.
 */
@Singleton
public class FinalizingPeriod {

    static final String NO_GROUP = "Not a member of any group in the campaign's scope";

    private final Campaigns campaigns;
    private final CampaignPeriodRepository periods;
    private final RegistrationRepository registrations;
    private final ScoreSheetRepository sheets;
    private final MemberOutcomeRepository outcomes;
    private final MemberExclusionRepository exclusions;
    private final CampaignScope scope;
    private final JdbcOperations jdbc;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    FinalizingPeriod(Campaigns campaigns, CampaignPeriodRepository periods, RegistrationRepository registrations,
                     ScoreSheetRepository sheets, MemberOutcomeRepository outcomes, CampaignScope scope,
                     JdbcOperations jdbc, Outbox outbox, MemberExclusionRepository exclusions) {
        this.exclusions = exclusions;
        this.campaigns = campaigns;
        this.periods = periods;
        this.registrations = registrations;
        this.sheets = sheets;
        this.outcomes = outcomes;
        this.scope = scope;
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Transactional
    public ReviewPeriodFinalized finalize(String campaignId, ReviewPeriod period, FinalizeRequest request) {
        Campaign campaign = campaigns.share(campaignId);
        CampaignPeriod open = campaigns.lockPeriod(campaignId, period);
        ProblemException.orConflict(CampaignLifecycle.takePart(campaign.state()));
        if (open.state() == PeriodState.FINALIZED) {
            throw ProblemException.invalidState(PeriodState.FINALIZED.name(), "The " + period
                    + " review period is already finalized");
        }
        Set<String> excludedUnits = new TreeSet<>();
        if (request.excludedUnitIds() != null) {
            request.excludedUnitIds().forEach(u -> excludedUnits.add(u.strip().toLowerCase()));
        }
        String reason = excludedUnits.isEmpty() ? null : ProblemException.requireReason(request.reason());

        Map<String, Registration> accepted = registrations.findByCampaignIdAndState(campaignId,
                RegistrationState.ACCEPTED).stream().collect(Collectors.toMap(Registration::unitId, r -> r));
        List<String> unknown = excludedUnits.stream().filter(u -> !accepted.containsKey(u)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalidField("excludedUnitIds", "are not units with an accepted registration: "
                    + String.join(", ", unknown));
        }
        Map<String, ScoreSheet> approved = new HashMap<>();
        for (ScoreSheet sheet : sheets.findByCampaignIdAndPeriodAndState(campaignId, period, ScoreSheetState.APPROVED)) {
            if (accepted.containsKey(sheet.unitId())) {
                approved.put(sheet.unitId(), sheet);
            }
        }
        List<String> missing = accepted.keySet().stream()
                .filter(u -> !approved.containsKey(u) && !excludedUnits.contains(u)).sorted().toList();
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
            rankings.add(new ReviewPeriodFinalized.GroupRanking(groupId, StandardCompetitionRanking.rank(scores).stream()
                    .map(r -> new ReviewPeriodFinalized.RankingEntry(r.unitId(), r.total(), r.rank(),
                            unitNames.get(r.unitId()))).toList(), groupNames.get(groupId)));
        }
        List<ReviewPeriodFinalized.ExcludedUnit> excluded = new ArrayList<>();
        excludedUnits.forEach(u -> excluded.add(new ReviewPeriodFinalized.ExcludedUnit(u, firstGroup.get(u), reason,
                unitNames.get(u))));
        new TreeSet<>(approved.keySet()).stream().filter(u -> !firstGroup.containsKey(u))
                .forEach(u -> excluded.add(new ReviewPeriodFinalized.ExcludedUnit(u, null, NO_GROUP,
                        unitNames.get(u))));

        List<ReviewPeriodFinalized.UnitOutcomes> memberOutcomes = period == ReviewPeriod.YEAR_END
                ? memberOutcomes(approved) : List.of();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store(campaignId, period, rankings, excluded);
        periods.update(open.finalized(reason, now));
        ReviewPeriodFinalized finalized = new ReviewPeriodFinalized(campaignId, campaign.year(), period, open.endDate(),
                rankings, memberOutcomes, excluded, now, CampaignLaunched.Kind.valueOf(campaign.kind().name()));
        outbox.publish(finalized);
        return finalized;
    }

    private List<ReviewPeriodFinalized.UnitOutcomes> memberOutcomes(Map<String, ScoreSheet> approved) {
        Map<String, List<MemberOutcome>> bySheet = new HashMap<>();
        Map<String, List<MemberExclusion>> excludedBySheet = new HashMap<>();
        List<String> sheetIds = approved.values().stream().map(ScoreSheet::id).toList();
        for (int i = 0; i < sheetIds.size(); i += 1000) {
            List<String> chunk = sheetIds.subList(i, Math.min(sheetIds.size(), i + 1000));
            outcomes.findByScoreSheetIdIn(chunk)
                    .forEach(o -> bySheet.computeIfAbsent(o.scoreSheetId(), k -> new ArrayList<>()).add(o));
            exclusions.findByScoreSheetIdIn(chunk)
                    .forEach(x -> excludedBySheet.computeIfAbsent(x.scoreSheetId(), k -> new ArrayList<>()).add(x));
        }
        List<ReviewPeriodFinalized.UnitOutcomes> result = new ArrayList<>();
        for (String unitId : new TreeSet<>(approved.keySet())) {
            ScoreSheet sheet = approved.get(unitId);
            result.add(new ReviewPeriodFinalized.UnitOutcomes(unitId, sheet.unitTaskRating(),
                    bySheet.getOrDefault(sheet.id(), List.of()).stream()
                            .sorted(java.util.Comparator.comparing(MemberOutcome::memberId))
                            .map(o -> new ReviewPeriodFinalized.MemberOutcome(o.memberId(), o.taskRating(),
                                    o.initiativeRecognised() == null ? null : new ReviewPeriodFinalized.Initiative(
                                            o.initiativeRecognised(), o.initiativeTitle(), o.initiativeLevel()),
                                    o.discipline(), o.score())).toList(),
                    excludedBySheet.getOrDefault(sheet.id(), List.of()).stream()
                            .sorted(java.util.Comparator.comparing(MemberExclusion::memberId))
                            .map(x -> new ReviewPeriodFinalized.ExcludedMember(x.memberId(), x.reason())).toList()));
        }
        return result;
    }

    /** Multi-row inserts, 500 rows a statement: thousands of units finalise in well under a second. */
    private void store(String campaignId, ReviewPeriod period, List<ReviewPeriodFinalized.GroupRanking> rankings,
                       List<ReviewPeriodFinalized.ExcludedUnit> excluded) {
        List<Object[]> rows = new ArrayList<>();
        for (ReviewPeriodFinalized.GroupRanking ranking : rankings) {
            for (int i = 0; i < ranking.entries().size(); i++) {
                ReviewPeriodFinalized.RankingEntry e = ranking.entries().get(i);
                rows.add(new Object[] {campaignId, period.name(), ranking.groupId(), e.unitId(), e.totalPoints(),
                        e.rank(), i});
            }
        }
        insert("INSERT INTO ranking_entry (campaign_id, period, group_id, unit_id, total_points, rank_no, position) "
                + "VALUES ", "(?, ?, ?, ?, ?, ?, ?)", rows);
        List<Object[]> exclusions = new ArrayList<>();
        excluded.forEach(e -> exclusions.add(new Object[] {campaignId, period.name(), e.unitId(), e.groupId(),
                e.reason()}));
        insert("INSERT INTO period_exclusion (campaign_id, period, unit_id, group_id, reason) VALUES ",
                "(?, ?, ?, ?, ?)", exclusions);
    }

    private void insert(String head, String tuple, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 500) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 500));
            String sql = head + String.join(", ", java.util.Collections.nCopies(chunk.size(), tuple));
            jdbc.prepareStatement(sql, (PreparedStatement s) -> {
                int index = 1;
                for (Object[] row : chunk) {
                    for (Object value : row) {
                        s.setObject(index++, value);
                    }
                }
                return s.executeUpdate();
            });
        }
    }

    /** The stored ranking of a finalized period. */
    @Transactional
    public RankingResponse ranking(String campaignId, ReviewPeriod period) {
        CampaignPeriod stored = campaigns.period(campaignId, period);
        if (stored.state() != PeriodState.FINALIZED) {
            throw ProblemException.notFound("Ranking", "of the " + period + " period (not finalized yet)");
        }
        Map<String, List<RankingResponse.Entry>> groups = new LinkedHashMap<>();
        jdbc.prepareStatement("SELECT r.group_id, r.unit_id, u.name, r.total_points, r.rank_no FROM ranking_entry r "
                + "LEFT JOIN scope_unit u ON u.unit_id = r.unit_id "
                + "WHERE r.campaign_id = ? AND r.period = ? ORDER BY r.group_id, r.position", s -> {
            s.setString(1, campaignId);
            s.setString(2, period.name());
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    groups.computeIfAbsent(rs.getString(1), g -> new ArrayList<>()).add(new RankingResponse.Entry(
                            rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getInt(5)));
                }
            }
            return null;
        });
        for (String groupId : new LinkedHashSet<>(campaigns.scopeGroupIds(campaignId))) {
            groups.putIfAbsent(groupId, List.of());
        }
        List<RankingResponse.Excluded> excluded = jdbc.prepareStatement("SELECT x.unit_id, u.name, x.group_id, "
                + "x.reason FROM period_exclusion x LEFT JOIN scope_unit u ON u.unit_id = x.unit_id "
                + "WHERE x.campaign_id = ? AND x.period = ? ORDER BY x.id", s -> {
            s.setString(1, campaignId);
            s.setString(2, period.name());
            List<RankingResponse.Excluded> list = new ArrayList<>();
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    list.add(new RankingResponse.Excluded(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)));
                }
            }
            return list;
        });
        Map<String, String> groupNames = scope.groupNames(groups.keySet());
        return new RankingResponse(campaignId, period, stored.endDate(), stored.finalizedAt(),
                groups.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(g -> new RankingResponse.Group(g.getKey(), groupNames.get(g.getKey()), g.getValue()))
                        .toList(), excluded);
    }

}
