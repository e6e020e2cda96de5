package org.thidua.messaging;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.thidua.persistence.BatchInsert;
import org.thidua.persistence.Sql;

/** SQL of the {@code outbox_event} table. */
@Singleton
class OutboxStore {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    OutboxStore(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A row to insert: what {@link #insertAll} takes. */
    record NewRow(
            String eventId,
            String topic,
            String key,
            String type,
            String payload,
            String traceparent,
            Instant occurredAt,
            String actor) {}

    /**
     * Inserts many rows and their audit rows in the caller's transaction, {@link BatchInsert#ROWS} to a statement,
     * keeping their order (ids ascend).
     */
    void insertAll(List<NewRow> rows) {
        BatchInsert.insert(
                jdbc,
                "outbox_event",
                List.of(
                        "event_id",
                        "topic",
                        "message_key",
                        "event_type",
                        "payload",
                        "traceparent",
                        "occurred_at",
                        "actor"),
                rows,
                (statement, i, row) -> {
                    statement.setString(i, row.eventId());
                    statement.setString(i + 1, row.topic());
                    statement.setString(i + 2, row.key());
                    statement.setString(i + 3, row.type());
                    statement.setString(i + 4, row.payload());
                    statement.setString(i + 5, row.traceparent());
                    statement.setTimestamp(i + 6, Timestamp.from(row.occurredAt()));
                    statement.setString(i + 7, row.actor());
                });
        BatchInsert.insert(
                jdbc,
                "audit_log",
                List.of("event_id", "actor", "event_type", "subject", "occurred_at"),
                rows,
                (statement, i, row) -> {
                    statement.setString(i, row.eventId());
                    statement.setString(i + 1, row.actor());
                    statement.setString(i + 2, row.type());
                    statement.setString(i + 3, row.key());
                    statement.setTimestamp(i + 4, Timestamp.from(row.occurredAt()));
                });
    }

    /**
     * The oldest unsent rows, in commit (id) order, read on {@code connection} (the relay's own, in auto-commit: one
     * statement, no transaction around it).
     */
    List<OutboxRow> unpublished(Connection connection, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT id, event_id, topic, message_key, event_type, payload, traceparent, occurred_at, actor
                FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT ?""")) {
            statement.setInt(1, limit);
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRow(
                            rs.getLong("id"),
                            rs.getString("event_id"),
                            rs.getString("topic"),
                            rs.getString("message_key"),
                            rs.getString("event_type"),
                            rs.getString("payload"),
                            rs.getString("traceparent"),
                            rs.getTimestamp("occurred_at").toInstant(),
                            rs.getString("actor")));
                }
            }
            return rows;
        }
    }

    /** Marks rows sent, on {@code connection} (the relay's own, in auto-commit). */
    void markPublished(Connection connection, List<Long> ids, Instant publishedAt) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        String placeholders = Sql.marks(ids.size());
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE outbox_event SET published_at = ? WHERE id IN (" + placeholders + ")")) {
            bind(statement, publishedAt, ids);
            statement.executeUpdate();
        }
    }

    /** How many rows wait, and when the oldest of them was written (null when none waits). */
    Backlog backlog() {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT COUNT(*) AS unsent, MIN(occurred_at) AS oldest FROM outbox_event WHERE published_at IS NULL",
                statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        Timestamp oldest = rs.getTimestamp("oldest");
                        return new Backlog(rs.getLong("unsent"), oldest == null ? null : oldest.toInstant());
                    }
                }));
    }

    /** Deletes up to {@code limit} rows sent before {@code before}; returns how many. */
    int deletePublishedBefore(Instant before, int limit) {
        return transactions.executeWrite(status -> jdbc.prepareStatement(
                "DELETE FROM outbox_event WHERE published_at < ? ORDER BY published_at LIMIT ?", statement -> {
                    statement.setTimestamp(1, Timestamp.from(before));
                    statement.setInt(2, limit);
                    return statement.executeUpdate();
                }));
    }

    record Backlog(long size, Instant oldest) {}

    private static void bind(PreparedStatement statement, Instant publishedAt, List<Long> ids) throws SQLException {
        statement.setTimestamp(1, Timestamp.from(publishedAt));
        for (int i = 0; i < ids.size(); i++) {
            statement.setLong(i + 2, ids.get(i));
        }
    }
}
