package org.thidua.notifications.recipients;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thidua.persistence.Sql;

/** Reads the recipients projection for routing: who is in a group, who is active, where to write to. */
@Singleton
public class RecipientDirectory {

    private static final int CHUNK = 1_000;

    private final JdbcOperations jdbc;

    RecipientDirectory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A projected unit as notices need it. */
    public record Recipient(String unitId, String code, String name, String language, boolean active) {}

    /** An address of a unit (a contact) or of one of its members. */
    public record Address(String email, String name) {}

    public List<String> allUnitIds() {
        return jdbc.prepareStatement("SELECT unit_id FROM recipient_unit ORDER BY unit_id", s -> strings(s));
    }

    /** Units of the groups, each once. */
    public List<String> unitIdsOfGroups(Collection<String> groupIds) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<String> chunk : chunks(groupIds)) {
            for (String id : jdbc.prepareStatement(
                    "SELECT unit_id FROM recipient_group_member WHERE group_id IN (" + Sql.marks(chunk.size())
                            + ") ORDER BY unit_id",
                    s -> {
                        bind(s, chunk);
                        return strings(s);
                    })) {
                if (seen.add(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** Those of {@code groupIds} this projection knows no member of (not projected yet, or empty). */
    public List<String> groupsWithoutMembers(Collection<String> groupIds) {
        Set<String> withMembers = new HashSet<>();
        for (List<String> chunk : chunks(groupIds)) {
            withMembers.addAll(jdbc.prepareStatement(
                    "SELECT DISTINCT group_id FROM recipient_group_member" + " WHERE group_id IN ("
                            + Sql.marks(chunk.size()) + ")",
                    s -> {
                        bind(s, chunk);
                        return strings(s);
                    }));
        }
        return groupIds.stream()
                .filter(id -> !withMembers.contains(id))
                .distinct()
                .toList();
    }

    public Optional<String> groupName(String groupId) {
        return jdbc.prepareStatement("SELECT name FROM recipient_group WHERE group_id = ?", s -> {
            s.setString(1, groupId);
            return strings(s).stream().findFirst();
        });
    }

    /** The projected units among {@code unitIds}, by id; units not projected yet are absent. */
    public Map<String, Recipient> units(Collection<String> unitIds) {
        Map<String, Recipient> units = new HashMap<>();
        for (List<String> chunk : chunks(unitIds)) {
            jdbc.prepareStatement(
                    "SELECT unit_id, code, name, language, active FROM recipient_unit WHERE unit_id IN ("
                            + Sql.marks(chunk.size()) + ")",
                    s -> {
                        bind(s, chunk);
                        try (ResultSet rs = s.executeQuery()) {
                            while (rs.next()) {
                                units.put(
                                        rs.getString("unit_id"),
                                        new Recipient(
                                                rs.getString("unit_id"),
                                                rs.getString("code"),
                                                rs.getString("name"),
                                                rs.getString("language"),
                                                rs.getBoolean("active")));
                            }
                        }
                        return null;
                    });
        }
        return units;
    }

    /** Contacts of the units, by unit id; a unit without contacts is absent. */
    public Map<String, List<Address>> contacts(Collection<String> unitIds) {
        Map<String, List<Address>> contacts = new HashMap<>();
        for (List<String> chunk : chunks(unitIds)) {
            jdbc.prepareStatement(
                    "SELECT unit_id, email, name FROM recipient_contact WHERE unit_id IN (" + Sql.marks(chunk.size())
                            + ") ORDER BY unit_id, email",
                    s -> {
                        bind(s, chunk);
                        try (ResultSet rs = s.executeQuery()) {
                            while (rs.next()) {
                                contacts.computeIfAbsent(rs.getString("unit_id"), k -> new ArrayList<>())
                                        .add(new Address(rs.getString("email"), rs.getString("name")));
                            }
                        }
                        return null;
                    });
        }
        return contacts;
    }

    /** The member's address, if the member is known and has an email. */
    public Optional<Address> member(String unitId, String memberId) {
        return jdbc.prepareStatement(
                "SELECT email, full_name FROM recipient_member WHERE unit_id = ? AND member_id = ?"
                        + " AND email IS NOT NULL",
                s -> {
                    s.setString(1, unitId);
                    s.setString(2, memberId);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new Address(rs.getString("email"), rs.getString("full_name")))
                                : Optional.empty();
                    }
                });
    }

    /** Units among {@code unitIds} that muted reminders. */
    public Set<String> mutedReminders(Collection<String> unitIds) {
        Set<String> muted = new HashSet<>();
        for (List<String> chunk : chunks(unitIds)) {
            muted.addAll(jdbc.prepareStatement(
                    "SELECT unit_id FROM unit_preference WHERE reminders_muted = TRUE" + " AND unit_id IN ("
                            + Sql.marks(chunk.size()) + ")",
                    s -> {
                        bind(s, chunk);
                        return strings(s);
                    }));
        }
        return muted;
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static void bind(PreparedStatement statement, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(i + 1, values.get(i));
        }
    }

    private static List<String> strings(PreparedStatement statement) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
