package org.thidua.notifications.routing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where events wait for what notifications does not know yet: {@code pending_notice} (a unit not projected),
 * {@code pending_group_notice} (a group with no member known) and {@code pending_campaign_notice} (a campaign whose
 * launch was not consumed). Each event is kept once per unit, group or campaign; {@link HeldNotices} releases them.
 */
@Singleton
class HeldNoticeTable {

    /** What an event is held for: the table and its key column. */
    enum Hold {
        UNIT("pending_notice", "unit_id"),
        GROUP("pending_group_notice", "group_id"),
        CAMPAIGN("pending_campaign_notice", "campaign_id");

        private final String table;
        private final String keyColumn;

        Hold(String table, String keyColumn) {
            this.table = table;
            this.keyColumn = keyColumn;
        }
    }

    /** A held event: its id, type and data as published. */
    record Held(String eventId, String eventType, byte[] data) {}

    private final JdbcOperations jdbc;

    HeldNoticeTable(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the event for {@code key} (a unit, group or campaign id), once. */
    void keep(Hold hold, String key, String eventId, String eventType, byte[] data) {
        jdbc.prepareStatement(
                "INSERT IGNORE INTO " + hold.table + " (event_id, " + hold.keyColumn + ", event_type,"
                        + " payload, created_at) VALUES (?, ?, ?, ?, ?)",
                s -> {
                    s.setString(1, eventId);
                    s.setString(2, key);
                    s.setString(3, eventType);
                    s.setString(4, new String(data, StandardCharsets.UTF_8));
                    s.setTimestamp(5, Timestamp.from(Instant.now()));
                    return s.executeUpdate();
                });
    }

    /** The events held for {@code key}, oldest first; only those held since before {@code heldBefore} if not null. */
    List<Held> heldFor(Hold hold, String key, Instant heldBefore) {
        return jdbc.prepareStatement(
                "SELECT event_id, event_type, payload FROM " + hold.table + " WHERE " + hold.keyColumn + " = ?"
                        + (heldBefore == null ? "" : " AND created_at < ?") + " ORDER BY created_at",
                s -> {
                    s.setString(1, key);
                    if (heldBefore != null) {
                        s.setTimestamp(2, Timestamp.from(heldBefore));
                    }
                    List<Held> held = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            held.add(new Held(
                                    rs.getString("event_id"),
                                    rs.getString("event_type"),
                                    rs.getString("payload").getBytes(StandardCharsets.UTF_8)));
                        }
                    }
                    return held;
                });
    }

    void release(Hold hold, String key, String eventId) {
        jdbc.prepareStatement("DELETE FROM " + hold.table + " WHERE event_id = ? AND " + hold.keyColumn + " = ?", s -> {
            s.setString(1, eventId);
            s.setString(2, key);
            return s.executeUpdate();
        });
    }

    /** Units with held events that are projected now. */
    List<String> unitsNowKnown() {
        return ids(
                "SELECT DISTINCT p.unit_id AS id FROM pending_notice p"
                        + " JOIN recipient_unit u ON u.unit_id = p.unit_id",
                null);
    }

    /** Units with NO_CONTACT reports that have contacts now. */
    List<String> unitsNowWithContacts() {
        return ids(
                "SELECT DISTINCT d.unit_id AS id FROM delivery d JOIN recipient_contact c"
                        + " ON c.unit_id = d.unit_id WHERE d.state = 'NO_CONTACT'",
                null);
    }

    /** Groups with held events that have members now. */
    List<String> groupsNowWithMembers() {
        return ids(
                "SELECT DISTINCT p.group_id AS id FROM pending_group_notice p"
                        + " JOIN recipient_group_member m ON m.group_id = p.group_id",
                null);
    }

    /** Campaigns with held events whose launch was consumed now. */
    List<String> campaignsNowLaunched() {
        return ids(
                "SELECT DISTINCT p.campaign_id AS id FROM pending_campaign_notice p"
                        + " JOIN notice_campaign c ON c.campaign_id = p.campaign_id",
                null);
    }

    /** Campaigns with events held since before {@code heldBefore}. */
    List<String> campaignsHeldSince(Instant heldBefore) {
        return ids("SELECT DISTINCT campaign_id AS id FROM pending_campaign_notice WHERE created_at < ?", heldBefore);
    }

    private List<String> ids(String sql, Instant before) {
        return jdbc.prepareStatement(sql, s -> {
            if (before != null) {
                s.setTimestamp(1, Timestamp.from(before));
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString("id"));
                }
            }
            return ids;
        });
    }
}
