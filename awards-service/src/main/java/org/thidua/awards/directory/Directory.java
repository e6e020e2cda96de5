package org.thidua.awards.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.thidua.messaging.Sql;

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
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    /** The unit an active member works in, if the member is known. */
    @Transactional(readOnly = true)
    public Optional<String> unitOfMember(String memberId) {
        return jdbc.prepareStatement("SELECT unit_id FROM directory_member WHERE member_id = ? AND active", s -> {
            s.setString(1, memberId);
            try (var rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
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
            jdbc.prepareStatement("SELECT unit_id, member_id FROM directory_member WHERE active AND unit_id IN ("
                    + Sql.marks(chunk.size()) + ")", s -> {
                        Sql.bind(s, chunk);
                        try (var rs = s.executeQuery()) {
                            while (rs.next()) {
                                members.computeIfAbsent(rs.getString(1), u -> new ArrayList<>()).add(rs.getString(2));
                            }
                        }
                        return null;
                    });
        }
        return members;
    }

    /**
     * The units a nomination of {@code unitId} for {@code year} is disclosed to: the unit and every unit sharing a
     * block or cluster with it that year.
     */
    @Transactional(readOnly = true)
    public List<String> disclosureScope(String unitId, int year) {
        List<String> units = new ArrayList<>();
        units.add(unitId);
        jdbc.prepareStatement("SELECT DISTINCT other.unit_id FROM directory_group_member mine "
                + "JOIN directory_group_member other ON other.group_id = mine.group_id "
                + "WHERE mine.unit_id = ? AND mine.year = ? AND other.unit_id <> ? ORDER BY other.unit_id", s -> {
            s.setString(1, unitId);
            s.setInt(2, year);
            s.setString(3, unitId);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    units.add(rs.getString(1));
                }
            }
            return null;
        });
        return units;
    }
}
