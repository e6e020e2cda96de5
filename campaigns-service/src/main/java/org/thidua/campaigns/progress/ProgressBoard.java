package org.thidua.campaigns.progress;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thidua.campaigns.campaign.Campaign;
import org.thidua.campaigns.campaign.Campaigns;
import org.thidua.campaigns.registration.Registration;
import org.thidua.campaigns.registration.RegistrationRepository;
import org.thidua.campaigns.scope.CampaignScope;
import org.thidua.campaigns.scoresheet.ScoreSheet;
import org.thidua.campaigns.scoresheet.ScoreSheetRepository;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.campaigns.DeadlineApproaching;

/**
 * Reads the progress board of a campaign (ADR 25) with a handful of campaign-wide queries (and one per group for its
 * members), whatever the number of units: the scope, the names, the registrations, the covenant signatures, the
 * sheets and the reminders.
 */
@Singleton
public class ProgressBoard {

    private final Campaigns campaigns;
    private final CampaignScope scope;
    private final RegistrationRepository registrations;
    private final ScoreSheetRepository sheets;
    private final JdbcOperations jdbc;

    ProgressBoard(
            Campaigns campaigns,
            CampaignScope scope,
            RegistrationRepository registrations,
            ScoreSheetRepository sheets,
            JdbcOperations jdbc) {
        this.campaigns = campaigns;
        this.scope = scope;
        this.registrations = registrations;
        this.sheets = sheets;
        this.jdbc = jdbc;
    }

    @Transactional
    public ProgressResponse read(String campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        Map<String, Registration> registered = new HashMap<>();
        registrations.findByCampaignId(campaignId).forEach(r -> registered.put(r.unitId(), r));
        Set<String> units = new LinkedHashSet<>(scope.units(campaign));
        units.addAll(registered.keySet());

        List<String> groupIds = scope.rankingGroups(campaign, campaigns.scopeGroupIds(campaignId));
        Map<String, String> groupNames = scope.groupNames(groupIds);
        Map<String, List<ProgressResponse.GroupRef>> groupsOf = new HashMap<>();
        scope.members(groupIds)
                .forEach((groupId, members) ->
                        members.forEach(unitId -> groupsOf.computeIfAbsent(unitId, u -> new ArrayList<>())
                                .add(new ProgressResponse.GroupRef(groupId, groupNames.get(groupId)))));
        Map<String, String> names = scope.unitNames(units);
        Map<String, Boolean> signed = covenantsSigned(campaignId);
        Map<ReviewPeriod, Map<String, ScoreSheet>> sheetsByPeriod = new HashMap<>();
        for (ReviewPeriod period : ReviewPeriod.values()) {
            Map<String, ScoreSheet> byUnit = new HashMap<>();
            sheets.findByCampaignIdAndPeriod(campaignId, period).forEach(s -> byUnit.put(s.unitId(), s));
            sheetsByPeriod.put(period, byUnit);
        }
        Map<String, ProgressResponse.Reminder> reminded = lastReminders(campaignId);

        List<ProgressResponse.UnitProgress> rows = new ArrayList<>();
        for (String unitId : units) {
            Registration registration = registered.get(unitId);
            ScoreSheet midYear = sheetsByPeriod.get(ReviewPeriod.MID_YEAR).get(unitId);
            ScoreSheet yearEnd = sheetsByPeriod.get(ReviewPeriod.YEAR_END).get(unitId);
            List<ProgressResponse.GroupRef> groups = new ArrayList<>(groupsOf.getOrDefault(unitId, List.of()));
            groups.sort(Comparator.comparing(ProgressResponse.GroupRef::groupId));
            rows.add(new ProgressResponse.UnitProgress(
                    unitId,
                    names.get(unitId),
                    groups,
                    registration == null ? null : new ProgressResponse.Step(registration.id(), registration.state()),
                    signed.get(unitId),
                    midYear == null ? null : new ProgressResponse.SheetStep(midYear.id(), midYear.state()),
                    yearEnd == null ? null : new ProgressResponse.SheetStep(yearEnd.id(), yearEnd.state()),
                    reminded.get(unitId)));
        }
        rows.sort(Comparator.comparing(
                        (ProgressResponse.UnitProgress r) -> r.unitName() == null ? "\uffff" : r.unitName())
                .thenComparing(ProgressResponse.UnitProgress::unitId));
        return new ProgressResponse(campaignId, campaign.state(), rows);
    }

    /** Per unit party to a covenant of the campaign: whether it signed all of them. */
    private Map<String, Boolean> covenantsSigned(String campaignId) {
        return jdbc.prepareStatement(
                "SELECT p.unit_id, MIN(p.signed_at IS NOT NULL) AS signed FROM covenant_party p "
                        + "JOIN covenant c ON c.id = p.covenant_id WHERE c.campaign_id = ? GROUP BY p.unit_id",
                s -> {
                    s.setString(1, campaignId);
                    Map<String, Boolean> signed = new HashMap<>();
                    try (var rs = s.executeQuery()) {
                        while (rs.next()) {
                            signed.put(rs.getString("unit_id"), rs.getBoolean("signed"));
                        }
                    }
                    return signed;
                });
    }

    /** Per unit, the latest reminder it was sent, by the schedule ({@code reminder_sent}) or by hand. */
    private Map<String, ProgressResponse.Reminder> lastReminders(String campaignId) {
        return jdbc.prepareStatement(
                "SELECT unit_id, deadline_kind, period, sent_at, FALSE AS by_hand FROM reminder_sent "
                        + "WHERE campaign_id = ? UNION ALL SELECT unit_id, deadline_kind, period, sent_at, TRUE "
                        + "FROM reminder_by_hand WHERE campaign_id = ?",
                s -> {
                    s.setString(1, campaignId);
                    s.setString(2, campaignId);
                    Map<String, ProgressResponse.Reminder> last = new HashMap<>();
                    try (var rs = s.executeQuery()) {
                        while (rs.next()) {
                            Timestamp at = rs.getTimestamp("sent_at");
                            String period = rs.getString("period");
                            ProgressResponse.Reminder reminder = new ProgressResponse.Reminder(
                                    at.toInstant(),
                                    DeadlineApproaching.Kind.valueOf(rs.getString("deadline_kind")),
                                    "-".equals(period) ? null : ReviewPeriod.valueOf(period),
                                    rs.getBoolean("by_hand"));
                            last.merge(
                                    rs.getString("unit_id"),
                                    reminder,
                                    (a, b) -> b.sentAt().isAfter(a.sentAt()) ? b : a);
                        }
                    }
                    return last;
                });
    }
}
