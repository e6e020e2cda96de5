package org.thidua.messaging;

import static org.thidua.messaging.DeadLetterCodec.readHeaders;
import static org.thidua.messaging.DeadLetterCodec.readJson;
import static org.thidua.messaging.DeadLetterCodec.truncate;
import static org.thidua.messaging.DeadLetterCodec.writeJson;

import com.fasterxml.jackson.core.type.TypeReference;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.thidua.messaging.DeadLetters.Filter;
import org.thidua.messaging.DeadLetters.ReplayAudit;
import org.thidua.messaging.DeadLetters.ReplayOutcome;
import org.thidua.messaging.DeadLetters.ReplayResult;
import org.thidua.web.ProblemException;

/**
 * Re-drives dead letters through their consumers once the cause is fixed: one, or every DEAD one a filter matches (or
 * a dry run that only says which), each replay audited in {@code dead_letter_replay} with the actor who asked.
 */
@Singleton
class DeadLetterReplays {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Map<String, EventHandler> handlers;
    private final ProcessedEvents processed;
    private final ActorSource actors;
    private final DeadLetterQueries queries;

    DeadLetterReplays(
            JdbcOperations jdbc,
            TransactionOperations<Connection> transactions,
            List<EventHandler> handlers,
            ProcessedEvents processed,
            ActorSource actors,
            DeadLetterQueries queries) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.handlers = handlers.stream().collect(Collectors.toMap(EventHandler::consumerName, Function.identity()));
        this.processed = processed;
        this.actors = actors;
        this.queries = queries;
    }

    /**
     * Runs the dead letter through its consumer again. On success (or if the consumer meanwhile processed the event)
     * it is marked REPLAYED; if it fails again it stays DEAD with the new error.
     */
    ReplayOutcome replay(long id) {
        StoredRecord stored = load(id);
        if ("REPLAYED".equals(stored.status)) {
            return ReplayOutcome.ALREADY_REPLAYED;
        }
        EventHandler handler = handlers.get(stored.consumer);
        if (handler == null) {
            return markFailed(id, "No consumer named " + stored.consumer + " in this service");
        }
        try {
            processed.applyOnce(handler, IdempotentConsumer.readValid(stored.record));
        } catch (RuntimeException e) {
            return markFailed(id, e.getClass().getName() + ": " + e.getMessage());
        }
        transactions.executeWrite(s -> jdbc.prepareStatement(
                "UPDATE dead_letter SET status = 'REPLAYED', replayed_at = ?, replay_error = NULL WHERE id = ?",
                statement -> {
                    statement.setTimestamp(1, Timestamp.from(Instant.now()));
                    statement.setLong(2, id);
                    return statement.executeUpdate();
                }));
        return ReplayOutcome.REPLAYED;
    }

    /**
     * Replays every DEAD letter {@code filter} matches, oldest first, or (a dry run) only says which it would. Either
     * way the audit keeps a row naming the actor: written before the first letter is re-driven (each in its own
     * transaction, as a single replay is), so an interrupted replay still says who started it, and given its counts
     * when the last one is done. A dry run writes that row and nothing else.
     */
    ReplayResult replay(Filter filter, boolean dryRun) {
        List<Long> ids = queries.deadIds(filter);
        long audit = audit(filter.given(), dryRun, ids);
        if (dryRun) {
            return new ReplayResult(true, ids.size(), ids, 0, 0);
        }
        Map<ReplayOutcome, Integer> counts = new LinkedHashMap<>();
        for (long id : ids) {
            counts.merge(replay(id), 1, Integer::sum);
        }
        ReplayResult result = new ReplayResult(
                false,
                ids.size(),
                ids,
                counts.getOrDefault(ReplayOutcome.REPLAYED, 0),
                counts.getOrDefault(ReplayOutcome.STILL_FAILING, 0));
        transactions.executeWrite(s -> jdbc.prepareStatement(
                "UPDATE dead_letter_replay SET replayed = ?, still_failing = ? WHERE id = ?", statement -> {
                    statement.setInt(1, result.replayed());
                    statement.setInt(2, result.stillFailing());
                    statement.setLong(3, audit);
                    return statement.executeUpdate();
                }));
        return result;
    }

    /** Replays one dead letter (or, a dry run, nothing) and keeps the audit row that says who did. */
    ReplayOutcome replayOne(long id, boolean dryRun) {
        queries.find(id).orElseThrow(() -> ProblemException.notFound("Dead letter", id));
        long audit = audit(Map.of("id", String.valueOf(id)), dryRun, List.of(id));
        if (dryRun) {
            return ReplayOutcome.NOT_RUN;
        }
        ReplayOutcome outcome = replay(id);
        transactions.executeWrite(s -> jdbc.prepareStatement(
                "UPDATE dead_letter_replay SET replayed = ?, still_failing = ? WHERE id = ?", statement -> {
                    statement.setInt(1, outcome == ReplayOutcome.REPLAYED ? 1 : 0);
                    statement.setInt(2, outcome == ReplayOutcome.STILL_FAILING ? 1 : 0);
                    statement.setLong(3, audit);
                    return statement.executeUpdate();
                }));
        return outcome;
    }

    /** The replays of this service's dead letters, newest first. */
    List<ReplayAudit> replays(int page, int size) {
        return transactions.executeRead(s -> jdbc.prepareStatement("""
                SELECT id, at, actor, filter, dry_run, matched, replayed, still_failing, ids
                FROM dead_letter_replay ORDER BY id DESC LIMIT ? OFFSET ?""", statement -> {
            statement.setInt(1, size);
            statement.setInt(2, page * size);
            List<ReplayAudit> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(new ReplayAudit(
                            rs.getLong(1),
                            rs.getTimestamp(2).toInstant(),
                            rs.getString(3),
                            readJson(rs.getString(4), new TypeReference<Map<String, String>>() {}),
                            rs.getBoolean(5),
                            rs.getInt(6),
                            rs.getInt(7),
                            rs.getInt(8),
                            readJson(rs.getString(9), new TypeReference<List<Long>>() {})));
                }
            }
            return result;
        }));
    }

    private long audit(Map<String, String> filter, boolean dryRun, List<Long> ids) {
        return transactions.executeWrite(s -> jdbc.prepareStatement("""
                INSERT INTO dead_letter_replay (at, actor, filter, dry_run, matched, replayed, still_failing, ids)
                VALUES (?, ?, ?, ?, ?, 0, 0, ?)""", statement -> {
            statement.setTimestamp(1, Timestamp.from(Instant.now()));
            statement.setString(2, truncate(actors.currentActor(), 200));
            statement.setString(3, writeJson(filter));
            statement.setBoolean(4, dryRun);
            statement.setInt(5, ids.size());
            statement.setString(6, writeJson(ids));
            statement.executeUpdate();
            try (ResultSet keys = statement.getConnection().createStatement().executeQuery("SELECT LAST_INSERT_ID()")) {
                keys.next();
                return keys.getLong(1);
            }
        }));
    }

    private ReplayOutcome markFailed(long id, String error) {
        transactions.executeWrite(s -> jdbc.prepareStatement(
                "UPDATE dead_letter SET replay_error = ?, attempts = attempts + 1, last_failed_at = ? WHERE id = ?",
                statement -> {
                    statement.setString(1, truncate(error, 4_000));
                    statement.setTimestamp(2, Timestamp.from(Instant.now()));
                    statement.setLong(3, id);
                    return statement.executeUpdate();
                }));
        return ReplayOutcome.STILL_FAILING;
    }

    private record StoredRecord(String consumer, String status, ConsumerRecord<String, byte[]> record) {}

    private StoredRecord load(long id) {
        return transactions.executeRead(s -> jdbc.prepareStatement("""
                SELECT consumer, status, topic, partition_no, record_offset, record_key, headers, payload
                FROM dead_letter WHERE id = ?""", statement -> {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound("Dead letter", id);
                }
                RecordHeaders headers = new RecordHeaders();
                readHeaders(rs.getString(7))
                        .forEach(h ->
                                headers.add(h.get("name"), Base64.getDecoder().decode(h.get("value"))));
                ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getLong(5),
                        ConsumerRecord.NO_TIMESTAMP,
                        TimestampType.NO_TIMESTAMP_TYPE,
                        ConsumerRecord.NULL_SIZE,
                        ConsumerRecord.NULL_SIZE,
                        rs.getString(6),
                        rs.getBytes(8),
                        headers,
                        Optional.empty());
                return new StoredRecord(rs.getString(1), rs.getString(2), record);
            }
        }));
    }
}
