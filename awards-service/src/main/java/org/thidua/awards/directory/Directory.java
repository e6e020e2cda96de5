package org.thidua.awards.directory;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.thidua.persistence.Sql;

/** What the projection of units-service knows: units, the unit a member works in, who shares a group. */
@Singleton
public class Directory {

    private final JdbcOperations jdbc;

    Directory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the unit is known and active. */
    @Transactional(readOnly = true)
    public boolean isActiveUnit(String unitId) {
        return jdbc.prepareStatement("SELECT active FROM directory_unit WHERE unit_id = ?", s -> {
            s.setString(1, unitId);
            try (var rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean("active");
            }
        });
    }

    /** The unit an active member works in, if the member is known. */
    @Transactional(readOnly = true)
    public Optional<String> unitOfMember(String memberId) {
        return jdbc.prepareStatement("SELECT unit_id FROM directory_member WHERE member_id = ? AND active", s -> {
            s.setString(1, memberId);
            try (var rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString("unit_id")) : Optional.<String>empty();
            }
        });
    }

    /** The active members of each of {@code unitIds} (units without any are left out). */
    @Transactional(readOnly = true)
    public Map<String, List<String>> activeMembers(Collection<String> unitIds) {
        Map<String, List<String>> members = new HashMap<>();
        List<String> ids = List.copyOf(unitIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            jdbc.prepareStatement(
                    "SELECT unit_id, member_id FROM directory_member WHERE active AND unit_id IN ("
                            + Sql.marks(chunk.size()) + ")",
                    s -> {
                        Sql.bind(s, chunk);
                        try (var rs = s.executeQuery()) {
                            while (rs.next()) {
                                members.computeIfAbsent(rs.getString("unit_id"), u -> new ArrayList<>())
                                        .add(rs.getString("member_id"));
                            }
                        }
                        return null;
                    });
        }
        return members;
    }

    /** The names of units and members the projection knows (names it lacks are left out). */
    public record Names(Map<String, String> units, Map<String, String> members) {

        /** The unit's name, or null when the projection has none yet. */
        public String unit(String unitId) {
            return unitId == null ? null : units.get(unitId);
        }

        /** The member's full name, or null when the projection has none yet. */
        public String member(String memberId) {
            return memberId == null ? null : members.get(memberId);
        }
    }

    /** The names of {@code unitIds} and {@code memberIds}, as units-service last told them. */
    @Transactional(readOnly = true)
    public Names names(Collection<String> unitIds, Collection<String> memberIds) {
        return new Names(
                lookUp(
                        "SELECT unit_id AS id, name FROM directory_unit WHERE name IS NOT NULL AND unit_id IN (",
                        unitIds),
                lookUp(
                        "SELECT member_id AS id, full_name AS name FROM directory_member WHERE full_name IS NOT NULL"
                                + " AND member_id IN (",
                        memberIds));
    }

    private Map<String, String> lookUp(String select, Collection<String> ids) {
        Map<String, String> found = new HashMap<>();
        List<String> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        for (int from = 0; from < distinct.size(); from += 1000) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + 1000));
            jdbc.prepareStatement(select + Sql.marks(chunk.size()) + ")", s -> {
                Sql.bind(s, chunk);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString("id"), rs.getString("name"));
                    }
                }
                return null;
            });
        }
        return found;
    }

    /** A block or cluster of a year with its units. */
    public record GroupUnits(String groupId, int year, List<String> unitIds) {}

    /**
     * The groups (blocks, clusters) of {@code year} that {@code unitIds} are in, each with all its units: whom a
     * disclosure of those units' nominations reaches.
     */
    @Transactional(readOnly = true)
    public List<GroupUnits> groupsWithUnits(Collection<String> unitIds, int year) {
        List<String> units = List.copyOf(new LinkedHashSet<>(unitIds));
        if (units.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> byGroup = new TreeMap<>();
        for (int from = 0; from < units.size(); from += 1000) {
            List<String> chunk = units.subList(from, Math.min(units.size(), from + 1000));
            jdbc.prepareStatement(
                    "SELECT other.group_id, other.unit_id FROM directory_group_member other"
                            + " WHERE other.year = ? AND other.group_id IN (SELECT mine.group_id FROM directory_group_member"
                            + " mine WHERE mine.year = ? AND mine.unit_id IN (" + Sql.marks(chunk.size()) + "))"
                            + " ORDER BY other.group_id, other.unit_id",
                    s -> {
                        s.setInt(1, year);
                        s.setInt(2, year);
                        for (int i = 0; i < chunk.size(); i++) {
                            s.setString(i + 3, chunk.get(i));
                        }
                        try (var rs = s.executeQuery()) {
                            while (rs.next()) {
                                List<String> members =
                                        byGroup.computeIfAbsent(rs.getString("group_id"), g -> new ArrayList<>());
                                if (!members.contains(rs.getString("unit_id"))) {
                                    members.add(rs.getString("unit_id"));
                                }
                            }
                        }
                        return null;
                    });
        }
        List<GroupUnits> groups = new ArrayList<>();
        byGroup.forEach((group, members) -> groups.add(new GroupUnits(group, year, members)));
        return groups;
    }

    /**
     * The units a nomination of {@code unitId} for {@code year} is disclosed to: the unit and every unit sharing a
     * block or cluster with it that year.
     */
    @Transactional(readOnly = true)
    public List<String> disclosureScope(String unitId, int year) {
        List<String> units = new ArrayList<>();
        units.add(unitId);
        jdbc.prepareStatement(
                "SELECT DISTINCT other.unit_id FROM directory_group_member mine "
                        + "JOIN directory_group_member other ON other.group_id = mine.group_id "
                        + "WHERE mine.unit_id = ? AND mine.year = ? AND other.unit_id <> ? ORDER BY other.unit_id",
                s -> {
                    s.setString(1, unitId);
                    s.setInt(2, year);
                    s.setString(3, unitId);
                    try (var rs = s.executeQuery()) {
                        while (rs.next()) {
                            units.add(rs.getString("unit_id"));
                        }
                    }
                    return null;
                });
        return units;
    }
}
