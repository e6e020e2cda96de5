package org.thidua.notifications.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thidua.persistence.Sql;

/** The notices of units: each is a unit's inbox item and the content its emails send. */
@Singleton
public class Notices {

    private final JdbcOperations jdbc;

    Notices(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A notice to store for one unit. */
    public record NewNotice(String unitId, String language, String subject, String text, String html) {}

    /** An inbox item as a unit sees it. */
    public record Notice(
            long id,
            String eventId,
            String eventType,
            String unitId,
            String subject,
            String text,
            String html,
            Instant createdAt,
            @Nullable Instant readAt) {}

    /**
     * Stores notices of one event (a redelivered event stores nothing twice); returns their ids by unit. Called once
     * per chunk of a large fan-out, so it reads back the ids of these units only.
     */
    public Map<String, Long> store(String eventId, String eventType, List<NewNotice> notices) {
        if (notices.isEmpty()) {
            return Map.of();
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.prepareStatement(
                "INSERT IGNORE INTO notice (event_id, event_type, unit_id, language, subject, body_text,"
                        + " body_html, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                s -> {
                    int batched = 0;
                    for (NewNotice notice : notices) {
                        s.setString(1, eventId);
                        s.setString(2, eventType);
                        s.setString(3, notice.unitId());
                        s.setString(4, notice.language());
                        s.setString(5, truncate(notice.subject(), 500));
                        s.setString(6, notice.text());
                        s.setString(7, notice.html());
                        s.setTimestamp(8, now);
                        s.addBatch();
                        if (++batched % 1_000 == 0) {
                            s.executeBatch();
                        }
                    }
                    s.executeBatch();
                    return null;
                });
        Map<String, Long> ids = new HashMap<>();
        jdbc.prepareStatement(
                "SELECT unit_id, id FROM notice WHERE event_id = ? AND unit_id IN (" + Sql.marks(notices.size()) + ")",
                s -> {
                    s.setString(1, eventId);
                    for (int i = 0; i < notices.size(); i++) {
                        s.setString(i + 2, notices.get(i).unitId());
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            ids.put(rs.getString("unit_id"), rs.getLong("id"));
                        }
                    }
                    return null;
                });
        return ids;
    }

    /** A unit's inbox: unread first, then newest first. */
    public List<Notice> inbox(String unitId, int page, int size) {
        return jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM notice WHERE unit_id = ?"
                        + " ORDER BY (read_at IS NULL) DESC, id DESC LIMIT ? OFFSET ?",
                s -> {
                    s.setString(1, unitId);
                    s.setInt(2, size);
                    s.setLong(3, (long) page * size);
                    List<Notice> notices = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            notices.add(read(rs));
                        }
                    }
                    return notices;
                });
    }

    public long unread(String unitId) {
        return Sql.count(jdbc, "SELECT COUNT(*) FROM notice WHERE unit_id = ? AND read_at IS NULL", unitId);
    }

    public Optional<Notice> find(long id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM notice WHERE id = ?", s -> {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    /** Marks the notice read (the first time only). */
    public void markRead(long id) {
        jdbc.prepareStatement("UPDATE notice SET read_at = ? WHERE id = ? AND read_at IS NULL", s -> {
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            s.setLong(2, id);
            return s.executeUpdate();
        });
    }

    private static final String COLUMNS =
            "id, event_id, event_type, unit_id, subject, body_text, body_html, created_at, read_at";

    private static Notice read(ResultSet rs) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Notice(
                rs.getLong("id"),
                rs.getString("event_id"),
                rs.getString("event_type"),
                rs.getString("unit_id"),
                rs.getString("subject"),
                rs.getString("body_text"),
                rs.getString("body_html"),
                rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
