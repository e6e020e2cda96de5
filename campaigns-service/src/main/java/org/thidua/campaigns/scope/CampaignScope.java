package org.thidua.campaigns.scope;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.thidua.campaigns.campaign.Campaign;
import org.thidua.persistence.Sql;

/**
 * Who is in a campaign's scope, from the local projection: the active units of its groups (as they are now, so a
 * unit that joins a group in scope later is in scope), or every active unit. Joins the caller's transaction.
 */
@Singleton
@Transactional
public class CampaignScope {

    private static final String IN_GROUPS = "SELECT DISTINCT u.unit_id FROM scope_unit u "
            + "JOIN scope_group_member m ON m.unit_id = u.unit_id "
            + "JOIN campaign_scope_group g ON g.group_id = m.group_id "
            + "WHERE g.campaign_id = ? AND u.active";

    private final JdbcOperations jdbc;

    CampaignScope(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public boolean includes(Campaign campaign, String unitId) {
        String sql = campaign.allUnits()
                ? "SELECT COUNT(*) AS units FROM scope_unit u WHERE u.active AND u.unit_id = ? AND ? IS NOT NULL"
                : IN_GROUPS + " AND u.unit_id = ?";
        return jdbc.prepareStatement(sql, s -> {
            if (campaign.allUnits()) {
                s.setString(1, unitId);
                s.setString(2, campaign.id());
            } else {
                s.setString(1, campaign.id());
                s.setString(2, unitId);
            }
            try (var rs = s.executeQuery()) {
                return campaign.allUnits() ? rs.next() && rs.getInt("units") > 0 : rs.next();
            }
        });
    }

    /** Every unit in scope now, ordered by id. */
    public List<String> units(Campaign campaign) {
        String sql = campaign.allUnits()
                ? "SELECT u.unit_id FROM scope_unit u WHERE u.active AND ? IS NOT NULL" + " ORDER BY u.unit_id"
                : IN_GROUPS + " ORDER BY u.unit_id";
        return strings(sql, campaign.id());
    }

    /** The groups a campaign ranks by: its scope groups, or (all units) every group of its year. */
    public List<String> rankingGroups(Campaign campaign, List<String> scopeGroupIds) {
        if (!campaign.allUnits()) {
            return scopeGroupIds;
        }
        return strings("SELECT group_id FROM scope_group WHERE year = ? ORDER BY group_id", campaign.year());
    }

    /** The member units of each group (active or not: a registered unit deactivated later keeps its place). */
    public Map<String, List<String>> members(Collection<String> groupIds) {
        Map<String, List<String>> members = new HashMap<>();
        for (String groupId : groupIds) {
            members.put(
                    groupId,
                    strings("SELECT unit_id FROM scope_group_member WHERE group_id = ? ORDER BY unit_id", groupId));
        }
        return members;
    }

    /** The active member units of one group. */
    public List<String> activeMembers(String groupId) {
        return strings(
                "SELECT m.unit_id FROM scope_group_member m JOIN scope_unit u ON u.unit_id = m.unit_id "
                        + "WHERE m.group_id = ? AND u.active ORDER BY m.unit_id",
                groupId);
    }

    /** The groups a unit is in (any year): whose reviewers read its data (ADR 65). */
    public List<String> groupsOf(String unitId) {
        return strings("SELECT group_id FROM scope_group_member WHERE unit_id = ? ORDER BY group_id", unitId);
    }

    /** The names of these units as the projection knows them (a unit whose name has not arrived is left out). */
    public Map<String, String> unitNames(Collection<String> unitIds) {
        return names("SELECT unit_id AS id, name FROM scope_unit WHERE name IS NOT NULL AND unit_id IN ", unitIds);
    }

    /** The names of these groups as the projection knows them (a group whose name has not arrived is left out). */
    public Map<String, String> groupNames(Collection<String> groupIds) {
        return names("SELECT group_id AS id, name FROM scope_group WHERE name IS NOT NULL AND group_id IN ", groupIds);
    }

    private Map<String, String> names(String sql, Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        List<String> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            jdbc.prepareStatement(sql + "(" + Sql.marks(chunk.size()) + ")", s -> {
                Sql.bind(s, chunk);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        names.put(rs.getString("id"), rs.getString("name"));
                    }
                }
                return null;
            });
        }
        return names;
    }

    public boolean groupKnown(String groupId) {
        return !strings("SELECT group_id FROM scope_group WHERE group_id = ?", groupId)
                .isEmpty();
    }

    private List<String> strings(String sql, Object parameter) {
        return jdbc.prepareStatement(sql, s -> {
            s.setObject(1, parameter);
            List<String> result = new ArrayList<>();
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
            return result;
        });
    }
}
