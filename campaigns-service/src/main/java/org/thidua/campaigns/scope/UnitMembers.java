package org.thidua.campaigns.scope;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.thidua.web.Problem;
import org.thidua.web.ProblemException;

/**
 * The members of a unit as the projection knows them ({@code scope_member}, kept by {@link ScopeProjection}): a
 * registration or a score sheet names only active members of its own unit. Joins the caller's transaction.
 */
@Singleton
@Transactional
public class UnitMembers {

    private final JdbcOperations jdbc;

    UnitMembers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The active members of {@code unitId}: id to full name, by id. */
    public Map<String, String> active(String unitId) {
        return jdbc.prepareStatement(
                "SELECT member_id, full_name FROM scope_member WHERE unit_id = ? AND active " + "ORDER BY member_id",
                s -> {
                    s.setString(1, unitId);
                    Map<String, String> members = new LinkedHashMap<>();
                    try (var rs = s.executeQuery()) {
                        while (rs.next()) {
                            members.put(rs.getString("member_id"), rs.getString("full_name"));
                        }
                    }
                    return members;
                });
    }

    /**
     * One violation {@code <list>[i].memberId} for each id of {@code memberIds} (lower case) that is not an active
     * member of the unit; {@code members} is {@link #active} of the unit.
     */
    public static List<Problem.Violation> strangers(
            Map<String, String> members, String unitName, String list, List<String> memberIds) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < memberIds.size(); i++) {
            if (!members.containsKey(memberIds.get(i))) {
                violations.add(
                        new Problem.Violation(list + "[" + i + "].memberId", "is not an active member of " + unitName));
            }
        }
        return violations;
    }

    /** 422 naming every {@code <list>[i].memberId} that is not an active member of {@code unitId}. */
    public void requireMembers(String unitId, String list, List<String> memberIds) {
        requireMembers(unitId, Map.of(list, memberIds));
    }

    /** 422 naming every {@code <list>[i].memberId}, of every list (by its name), not an active member of the unit. */
    public void requireMembers(String unitId, Map<String, List<String>> lists) {
        if (lists.values().stream().allMatch(List::isEmpty)) {
            return;
        }
        Map<String, String> members = active(unitId);
        String unitName = unitName(unitId);
        List<Problem.Violation> violations = new ArrayList<>();
        new TreeMap<>(lists).forEach((list, ids) -> violations.addAll(strangers(members, unitName, list, ids)));
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(
                    "Only active members of " + unitName + " may be named; " + violations.size()
                            + " named member(s) are not",
                    violations);
        }
    }

    /** The unit's name, or "the unit" while the projection does not know it. */
    public String unitName(String unitId) {
        return jdbc.prepareStatement("SELECT name FROM scope_unit WHERE unit_id = ?", s -> {
            s.setString(1, unitId);
            try (var rs = s.executeQuery()) {
                String name = rs.next() ? rs.getString("name") : null;
                return name == null ? "the unit" : name;
            }
        });
    }
}
