package org.thidua.notifications.routing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.persistence.JsonColumns;

/** What notices need of a campaign (title, code, year, registration deadline), kept from its launch. */
@Singleton
class CampaignDirectory {

    private final JdbcOperations jdbc;

    CampaignDirectory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void remember(CampaignLaunched launched) {
        jdbc.prepareStatement("DELETE FROM notice_campaign WHERE campaign_id = ?", s -> {
            s.setString(1, launched.campaignId());
            return s.executeUpdate();
        });
        CampaignLaunched.Scope scope = launched.scope();
        jdbc.prepareStatement(
                "INSERT INTO notice_campaign (campaign_id, code, title, year, registration_deadline,"
                        + " scope_all_units, scope_group_ids) VALUES (?, ?, ?, ?, ?, ?, ?)",
                s -> {
                    s.setString(1, launched.campaignId());
                    s.setString(2, launched.code());
                    s.setString(3, launched.title());
                    s.setInt(4, launched.year());
                    s.setDate(
                            5,
                            launched.registrationDeadline() == null
                                    ? null
                                    : Date.valueOf(launched.registrationDeadline()));
                    s.setBoolean(6, scope != null && scope.allUnits());
                    s.setString(
                            7,
                            JsonColumns.write(
                                    scope == null || scope.groupIds() == null ? List.of() : scope.groupIds()));
                    return s.executeUpdate();
                });
    }

    /** The scope the campaign was launched with: all units, or its groups; empty when its launch was not seen. */
    record Scope(boolean allUnits, List<String> groupIds) {}

    Optional<Scope> scope(String campaignId) {
        if (campaignId == null) {
            return Optional.empty();
        }
        return jdbc.prepareStatement(
                "SELECT scope_all_units, scope_group_ids FROM notice_campaign"
                        + " WHERE campaign_id = ? AND scope_all_units IS NOT NULL",
                s -> {
                    s.setString(1, campaignId);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new Scope(
                                        rs.getBoolean("scope_all_units"),
                                        JsonColumns.readList(rs.getString("scope_group_ids"), String.class)))
                                : Optional.empty();
                    }
                });
    }

    /** The campaign as template variables ({@code title}, {@code code}, {@code year}, {@code registrationDeadline}). */
    Optional<Map<String, Object>> find(String campaignId) {
        if (campaignId == null) {
            return Optional.empty();
        }
        return jdbc.prepareStatement(
                "SELECT code, title, year, registration_deadline FROM notice_campaign" + " WHERE campaign_id = ?",
                s -> {
                    s.setString(1, campaignId);
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.empty();
                        }
                        Map<String, Object> campaign = new LinkedHashMap<>();
                        campaign.put("campaignId", campaignId);
                        campaign.put("code", rs.getString("code"));
                        campaign.put("title", rs.getString("title"));
                        campaign.put("year", rs.getInt("year"));
                        Date deadline = rs.getDate("registration_deadline");
                        campaign.put(
                                "registrationDeadline",
                                deadline == null ? null : deadline.toLocalDate().toString());
                        return Optional.of(campaign);
                    }
                });
    }
}
