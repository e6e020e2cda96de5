package org.thidua.notifications.preference;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import org.thidua.persistence.Sql;

/** A unit's stored notice preferences (table {@code unit_preference}); a unit without a row mutes nothing. */
@Singleton
public class UnitPreferences {

    private final JdbcOperations jdbc;

    UnitPreferences(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the unit muted reminders; in a transaction. */
    public boolean remindersMuted(String unitId) {
        return jdbc.prepareStatement("SELECT reminders_muted FROM unit_preference WHERE unit_id = ?", s -> {
            s.setString(1, unitId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean("reminders_muted");
            }
        });
    }

    /** Replaces the unit's preferences; in the caller's transaction. */
    public void store(String unitId, boolean remindersMuted) {
        Sql.update(jdbc, "DELETE FROM unit_preference WHERE unit_id = ?", unitId);
        Sql.update(
                jdbc,
                "INSERT INTO unit_preference (unit_id, reminders_muted, updated_at) VALUES (?, ?, ?)",
                unitId,
                remindersMuted,
                Timestamp.from(Instant.now()));
    }
}
