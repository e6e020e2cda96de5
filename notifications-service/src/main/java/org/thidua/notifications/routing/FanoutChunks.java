package org.thidua.notifications.routing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.thidua.messaging.tracing.EventSpans;
import org.thidua.notifications.routing.Audiences.Target;
import org.thidua.persistence.Sql;

/**
 * The {@code fanout_chunk} table: the targets of a large fan-out, in chunks that any instance's {@link FanoutWorker}
 * claims ({@code FOR UPDATE SKIP LOCKED}, oldest first along the index), notifies and deletes in one transaction.
 */
@Singleton
public class FanoutChunks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Target>> TARGETS = new TypeReference<>() {};

    /** Published (after commit) when chunks were written, to wake this instance's worker. */
    record Written(String eventId, int chunks) {}

    /** A claimed chunk: the event, and the targets to notify of it (read when asked: they may be broken). */
    record Chunk(
            String eventId,
            int chunk,
            String eventType,
            byte[] payload,
            String targetsJson,
            @Nullable String traceparent) {
        List<Target> targets() {
            return fromJson(targetsJson);
        }
    }

    private final JdbcOperations jdbc;
    private final ApplicationEventPublisher<Written> written;

    FanoutChunks(JdbcOperations jdbc, ApplicationEventPublisher<Written> written) {
        this.jdbc = jdbc;
        this.written = written;
    }

    /** Writes {@code targets} in chunks of {@code size}; returns how many chunks. */
    int write(String eventId, String eventType, byte[] payload, List<Target> targets, int size) {
        Timestamp now = Timestamp.from(Instant.now());
        String event = new String(payload, StandardCharsets.UTF_8);
        int chunks = (targets.size() + size - 1) / size;
        jdbc.prepareStatement(
                "INSERT IGNORE INTO fanout_chunk (event_id, chunk, event_type, payload, targets,"
                        + " units, created_at, not_before, attempts, traceparent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                s -> {
                    String traceparent = EventSpans.currentTraceparent(); // the consumer's span: each chunk's parent
                    for (int chunk = 0; chunk < chunks; chunk++) {
                        List<Target> part = targets.subList(chunk * size, Math.min(targets.size(), (chunk + 1) * size));
                        s.setString(1, eventId);
                        s.setInt(2, chunk);
                        s.setString(3, eventType);
                        s.setString(4, event);
                        s.setString(5, toJson(part));
                        s.setInt(6, part.size());
                        s.setTimestamp(7, now);
                        s.setTimestamp(8, now);
                        s.setString(9, traceparent);
                        s.addBatch();
                    }
                    return s.executeBatch();
                });
        written.publishEvent(new Written(eventId, chunks));
        return chunks;
    }

    /**
     * Locks the oldest due chunk no other transaction holds, along the index {@code (not_before, event_id, chunk)};
     * must run in the transaction that deletes it.
     */
    Optional<Chunk> claimOldest() {
        return jdbc.prepareStatement(
                "SELECT event_id, chunk, event_type, payload, targets, traceparent"
                        + " FROM fanout_chunk"
                        + " WHERE not_before <= ? ORDER BY not_before, event_id, chunk LIMIT 1 FOR UPDATE SKIP LOCKED",
                s -> {
                    s.setTimestamp(1, Timestamp.from(Instant.now()));
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.empty();
                        }
                        return Optional.of(new Chunk(
                                rs.getString("event_id"),
                                rs.getInt("chunk"),
                                rs.getString("event_type"),
                                rs.getString("payload").getBytes(StandardCharsets.UTF_8),
                                rs.getString("targets"),
                                rs.getString("traceparent")));
                    }
                });
    }

    /** How many units of the event's fan-out are still in chunks (not yet given their notice and deliveries). */
    public long unitsWaiting(String eventId) {
        return Sql.count(jdbc, "SELECT COALESCE(SUM(units), 0) FROM fanout_chunk WHERE event_id = ?", eventId);
    }

    /**
     * Records that notifying {@code chunk} failed and puts it back by a delay doubling from 1 s to 5 min, so the
     * chunks after it go on. Runs in a transaction of its own, after the failed one rolled back.
     */
    void postpone(Chunk chunk, String error) {
        jdbc.prepareStatement(
                "UPDATE fanout_chunk SET attempts = attempts + 1, last_error = ?,"
                        + " not_before = TIMESTAMPADD(SECOND, LEAST(300, POW(2, attempts)), ?) WHERE event_id = ? AND chunk = ?",
                s -> {
                    s.setString(1, error.length() <= 1000 ? error : error.substring(0, 1000));
                    s.setTimestamp(2, Timestamp.from(Instant.now()));
                    s.setString(3, chunk.eventId());
                    s.setInt(4, chunk.chunk());
                    return s.executeUpdate();
                });
    }

    void delete(Chunk chunk) {
        jdbc.prepareStatement("DELETE FROM fanout_chunk WHERE event_id = ? AND chunk = ?", s -> {
            s.setString(1, chunk.eventId());
            s.setInt(2, chunk.chunk());
            return s.executeUpdate();
        });
    }

    private static String toJson(List<Target> targets) {
        try {
            return JSON.writeValueAsString(targets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Target> fromJson(String targets) {
        try {
            return JSON.readValue(targets, TARGETS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
