package org.thidua.notifications.delivery;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thidua.messaging.tracing.EventSpans;
import org.thidua.persistence.Sql;
import org.thidua.persistence.Where;

/** The {@code delivery} table: one row per (event, recipient address). */
@Singleton
public class Deliveries {

    private final JdbcOperations jdbc;
    private final ApplicationEventPublisher<Created> created;

    Deliveries(JdbcOperations jdbc, ApplicationEventPublisher<Created> created) {
        this.jdbc = jdbc;
        this.created = created;
    }

    /** Published when deliveries were created (the dispatcher's senders wake when its transaction commits). */
    record Created(int count) {}

    /** A delivery to create; {@code recipient} null means the unit had no address (a NO_CONTACT report). */
    public record NewDelivery(
            String eventId,
            String eventType,
            String unitId,
            long noticeId,
            @Nullable String recipient,
            @Nullable String recipientName) {}

    /** A delivery as operators see it. */
    @Serdeable
    public record Delivery(
            long id,
            String eventId,
            String eventType,
            String unitId,
            long noticeId,
            String recipient,
            @Nullable String recipientName,
            DeliveryState state,
            int attempts,
            Instant nextAttemptAt,
            @Nullable String lastError,
            Instant createdAt,
            @Nullable Instant sentAt) {}

    /** A claimed delivery with the content to send. */
    record Outgoing(
            long id,
            String eventId,
            String eventType,
            String unitId,
            String recipient,
            @Nullable String recipientName,
            int attempts,
            String subject,
            String text,
            String html,
            @Nullable String traceparent) {}

    /** Creates the deliveries; one that exists for the same (event, address) is left as it is. */
    public void create(List<NewDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.prepareStatement(
                "INSERT IGNORE INTO delivery (event_id, event_type, unit_id, notice_id, recipient,"
                        + " recipient_name, state, attempts, next_attempt_at, created_at, traceparent)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
                s -> {
                    String traceparent = EventSpans.currentTraceparent(); // the fan-out's span: each send's parent
                    int batched = 0;
                    for (NewDelivery d : deliveries) {
                        boolean noContact = d.recipient() == null;
                        s.setString(1, d.eventId());
                        s.setString(2, d.eventType());
                        s.setString(3, d.unitId());
                        s.setLong(4, d.noticeId());
                        s.setString(5, noContact ? "no-contact:" + d.unitId() : d.recipient());
                        s.setString(6, d.recipientName());
                        s.setString(7, (noContact ? DeliveryState.NO_CONTACT : DeliveryState.PENDING).name());
                        s.setTimestamp(8, now);
                        s.setTimestamp(9, now);
                        s.setString(10, traceparent);
                        s.addBatch();
                        if (++batched % 1_000 == 0) {
                            s.executeBatch();
                        }
                    }
                    s.executeBatch();
                    return null;
                });
        created.publishEvent(new Created(deliveries.size()));
    }

    /** The NO_CONTACT reports of a unit (notices that found no address). */
    public List<Delivery> noContact(String unitId) {
        return select(Where.of().and("unit_id = ?", unitId).and("state = 'NO_CONTACT'"), 0, 10_000);
    }

    public void markReaddressed(long id) {
        Sql.update(jdbc, "UPDATE delivery SET state = 'READDRESSED' WHERE id = ? AND state = 'NO_CONTACT'", id);
    }

    /**
     * Locks up to {@code limit} due deliveries that no other sender holds ({@code FOR UPDATE SKIP LOCKED}), so
     * several senders and instances share the work. Must run in the transaction that records their outcome.
     * Each state is read along the index {@code (state, next_attempt_at, id)}, so only the rows taken are locked.
     */
    List<Long> claimDue(int limit, Instant now) {
        List<Long> ids = new ArrayList<>(claim(DeliveryState.PENDING, limit, now));
        if (ids.size() < limit) {
            ids.addAll(claim(DeliveryState.RETRYING, limit - ids.size(), now));
        }
        return ids;
    }

    private List<Long> claim(DeliveryState state, int limit, Instant now) {
        return jdbc.prepareStatement(
                "SELECT id FROM delivery WHERE state = ? AND next_attempt_at <= ?"
                        + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED",
                s -> {
                    s.setString(1, state.name());
                    s.setTimestamp(2, Timestamp.from(now));
                    s.setInt(3, limit);
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong("id"));
                        }
                    }
                    return ids;
                });
    }

    List<Outgoing> outgoing(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement(
                "SELECT d.id, d.event_id, d.event_type, d.unit_id, d.recipient, d.recipient_name,"
                        + " d.attempts, n.subject, n.body_text, n.body_html, d.traceparent"
                        + " FROM delivery d JOIN notice n ON n.id = d.notice_id"
                        + " WHERE d.id IN (" + Sql.marks(ids.size()) + ") ORDER BY d.id",
                s -> {
                    for (int i = 0; i < ids.size(); i++) {
                        s.setLong(i + 1, ids.get(i));
                    }
                    List<Outgoing> outgoing = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            outgoing.add(new Outgoing(
                                    rs.getLong("id"),
                                    rs.getString("event_id"),
                                    rs.getString("event_type"),
                                    rs.getString("unit_id"),
                                    rs.getString("recipient"),
                                    rs.getString("recipient_name"),
                                    rs.getInt("attempts"),
                                    rs.getString("subject"),
                                    rs.getString("body_text"),
                                    rs.getString("body_html"),
                                    rs.getString("traceparent")));
                        }
                    }
                    return outgoing;
                });
    }

    /** Marks the deliveries SENT, in one statement. */
    void markSent(List<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(
                "UPDATE delivery SET state = 'SENT', attempts = attempts + 1, sent_at = ?,"
                        + " last_error = NULL WHERE id IN (" + Sql.marks(ids.size()) + ")",
                s -> {
                    s.setTimestamp(1, Timestamp.from(at));
                    for (int i = 0; i < ids.size(); i++) {
                        s.setLong(i + 2, ids.get(i));
                    }
                    return s.executeUpdate();
                });
    }

    void markRetrying(long id, int attempts, Instant next, String error) {
        jdbc.prepareStatement(
                "UPDATE delivery SET state = 'RETRYING', attempts = ?, next_attempt_at = ?,"
                        + " last_error = ? WHERE id = ?",
                s -> {
                    s.setInt(1, attempts);
                    s.setTimestamp(2, Timestamp.from(next));
                    s.setString(3, truncate(error));
                    s.setLong(4, id);
                    return s.executeUpdate();
                });
    }

    /**
     * Puts off deliveries that were not tried (the SMTP server could not be reached) until {@code next}, keeping their
     * state and count of attempts: an outage delays mail, it does not use up its attempts.
     */
    void postpone(List<Long> ids, Instant next, String error) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(
                "UPDATE delivery SET next_attempt_at = ?, last_error = ? WHERE id IN (" + Sql.marks(ids.size()) + ")",
                s -> {
                    s.setTimestamp(1, Timestamp.from(next));
                    s.setString(2, truncate(error));
                    for (int i = 0; i < ids.size(); i++) {
                        s.setLong(i + 3, ids.get(i));
                    }
                    return s.executeUpdate();
                });
    }

    void markFailed(long id, int attempts, String error) {
        jdbc.prepareStatement("UPDATE delivery SET state = 'FAILED', attempts = ?, last_error = ? WHERE id = ?", s -> {
            s.setInt(1, attempts);
            s.setString(2, truncate(error));
            s.setLong(3, id);
            return s.executeUpdate();
        });
    }

    /** Puts a FAILED delivery back to PENDING with a fresh count of attempts; false if it is not FAILED. */
    public boolean retry(long id) {
        return Sql.update(
                        jdbc,
                        "UPDATE delivery SET state = 'PENDING', attempts = 0, next_attempt_at = ? WHERE id = ?"
                                + " AND state = 'FAILED'",
                        Timestamp.from(Instant.now()),
                        id)
                == 1;
    }

    /** Retries every FAILED delivery (of one event, when given); returns how many. */
    public int retryFailed(@Nullable String eventId) {
        Timestamp now = Timestamp.from(Instant.now());
        return eventId == null
                ? Sql.update(
                        jdbc,
                        "UPDATE delivery SET state = 'PENDING', attempts = 0, next_attempt_at = ?"
                                + " WHERE state = 'FAILED'",
                        now)
                : Sql.update(
                        jdbc,
                        "UPDATE delivery SET state = 'PENDING', attempts = 0, next_attempt_at = ?"
                                + " WHERE state = 'FAILED' AND event_id = ?",
                        now,
                        eventId);
    }

    public Optional<Delivery> find(long id) {
        return select(Where.of().and("id = ?", id), 0, 1).stream().findFirst();
    }

    public List<Delivery> list(
            @Nullable DeliveryState state, @Nullable String eventId, @Nullable String unitId, int page, int size) {
        return select(
                Where.of()
                        .andIfPresent(state, "state = ?", DeliveryState::name)
                        .andIfPresent(eventId, "event_id = ?")
                        .andIfPresent(unitId, "unit_id = ?"),
                page,
                size);
    }

    /** How far the fan-out of one event has got: deliveries per state (every state, zero included). */
    public Map<DeliveryState, Long> counts(String eventId) {
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        for (DeliveryState state : DeliveryState.values()) {
            counts.put(state, 0L);
        }
        jdbc.prepareStatement(
                "SELECT state, COUNT(*) AS deliveries FROM delivery WHERE event_id = ?" + " GROUP BY state", s -> {
                    s.setString(1, eventId);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            counts.put(DeliveryState.valueOf(rs.getString("state")), rs.getLong("deliveries"));
                        }
                    }
                    return null;
                });
        return counts;
    }

    private List<Delivery> select(Where where, int page, int size) {
        return jdbc.prepareStatement(
                "SELECT id, event_id, event_type, unit_id, notice_id, recipient, recipient_name,"
                        + " state, attempts, next_attempt_at, last_error, created_at, sent_at FROM delivery"
                        + where.sql()
                        + " ORDER BY id LIMIT ? OFFSET ?",
                s -> {
                    Sql.bind(s, where.parameters(size, (long) page * size));
                    List<Delivery> deliveries = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            deliveries.add(read(rs));
                        }
                    }
                    return deliveries;
                });
    }

    private static Delivery read(ResultSet rs) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Delivery(
                rs.getLong("id"),
                rs.getString("event_id"),
                rs.getString("event_type"),
                rs.getString("unit_id"),
                rs.getLong("notice_id"),
                rs.getString("recipient"),
                rs.getString("recipient_name"),
                DeliveryState.valueOf(rs.getString("state")),
                rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(),
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant());
    }

    private static String truncate(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
