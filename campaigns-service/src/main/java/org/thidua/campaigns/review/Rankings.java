package org.thidua.campaigns.review;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.thidua.campaigns.campaign.CampaignPeriod;
import org.thidua.campaigns.campaign.Campaigns;
import org.thidua.campaigns.scope.CampaignScope;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;
import org.thidua.persistence.BatchInsert;
import org.thidua.web.ProblemException;

/**
 * The stored rankings of finalized review periods (tables {@code ranking_entry} and {@code period_exclusion}): written
 * once by {@link ClosingReviewPeriod}, read by anyone with a role.
 */
@Singleton
public class Rankings {

    private final Campaigns campaigns;
    private final CampaignScope scope;
    private final JdbcOperations jdbc;

    Rankings(Campaigns campaigns, CampaignScope scope, JdbcOperations jdbc) {
        this.campaigns = campaigns;
        this.scope = scope;
        this.jdbc = jdbc;
    }

    /**
     * Stores a period's ranking and exclusions in the caller's transaction, with multi-row inserts: thousands of
     * units finalise in well under a second.
     */
    void store(
            String campaignId,
            ReviewPeriod period,
            List<ReviewPeriodFinalized.GroupRanking> rankings,
            List<ReviewPeriodFinalized.ExcludedUnit> excluded) {
        List<Object[]> rows = new ArrayList<>();
        for (ReviewPeriodFinalized.GroupRanking ranking : rankings) {
            for (int i = 0; i < ranking.entries().size(); i++) {
                ReviewPeriodFinalized.RankingEntry e = ranking.entries().get(i);
                rows.add(new Object[] {
                    campaignId, period.name(), ranking.groupId(), e.unitId(), e.totalPoints(), e.rank(), i
                });
            }
        }
        BatchInsert.insertValues(
                jdbc,
                "ranking_entry",
                List.of("campaign_id", "period", "group_id", "unit_id", "total_points", "rank_no", "position"),
                rows);
        List<Object[]> exclusions = new ArrayList<>();
        excluded.forEach(
                e -> exclusions.add(new Object[] {campaignId, period.name(), e.unitId(), e.groupId(), e.reason()}));
        BatchInsert.insertValues(
                jdbc,
                "period_exclusion",
                List.of("campaign_id", "period", "unit_id", "group_id", "reason"),
                exclusions);
    }

    /** The stored ranking of a finalized period; 404 while it is not finalized. */
    @Transactional
    public RankingResponse ranking(String campaignId, ReviewPeriod period) {
        CampaignPeriod stored = campaigns.period(campaignId, period);
        if (stored.state() != PeriodState.FINALIZED) {
            throw ProblemException.notFound("Ranking", "of the " + period + " period (not finalized yet)");
        }
        Map<String, List<RankingResponse.Entry>> groups = new LinkedHashMap<>();
        jdbc.prepareStatement(
                "SELECT r.group_id, r.unit_id, u.name, r.total_points, r.rank_no FROM ranking_entry r "
                        + "LEFT JOIN scope_unit u ON u.unit_id = r.unit_id "
                        + "WHERE r.campaign_id = ? AND r.period = ? ORDER BY r.group_id, r.position",
                s -> {
                    s.setString(1, campaignId);
                    s.setString(2, period.name());
                    try (var rs = s.executeQuery()) {
                        while (rs.next()) {
                            groups.computeIfAbsent(rs.getString("group_id"), g -> new ArrayList<>())
                                    .add(new RankingResponse.Entry(
                                            rs.getString("unit_id"),
                                            rs.getString("name"),
                                            rs.getBigDecimal("total_points"),
                                            rs.getInt("rank_no")));
                        }
                    }
                    return null;
                });
        for (String groupId : new LinkedHashSet<>(campaigns.scopeGroupIds(campaignId))) {
            groups.putIfAbsent(groupId, List.of());
        }
        List<RankingResponse.Excluded> excluded = jdbc.prepareStatement(
                "SELECT x.unit_id, u.name, x.group_id, "
                        + "x.reason FROM period_exclusion x LEFT JOIN scope_unit u ON u.unit_id = x.unit_id "
                        + "WHERE x.campaign_id = ? AND x.period = ? ORDER BY x.id",
                s -> {
                    s.setString(1, campaignId);
                    s.setString(2, period.name());
                    List<RankingResponse.Excluded> list = new ArrayList<>();
                    try (var rs = s.executeQuery()) {
                        while (rs.next()) {
                            list.add(new RankingResponse.Excluded(
                                    rs.getString("unit_id"),
                                    rs.getString("name"),
                                    rs.getString("group_id"),
                                    rs.getString("reason")));
                        }
                    }
                    return list;
                });
        Map<String, String> groupNames = scope.groupNames(groups.keySet());
        return new RankingResponse(
                campaignId,
                period,
                stored.endDate(),
                stored.finalizedAt(),
                groups.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(g -> new RankingResponse.Group(g.getKey(), groupNames.get(g.getKey()), g.getValue()))
                        .toList(),
                excluded);
    }
}
