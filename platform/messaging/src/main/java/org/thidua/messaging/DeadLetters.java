package org.thidua.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.thidua.contracts.Topics;
import org.thidua.web.ProblemException;

/**
 * Records a consumer gave up on: kept in {@code dead_letter} (the operator's list) and copied to
 * {@code thidua.<service>.dlq} with the original topic, partition, offset, key, consumer and error in headers.
 * A replay runs the record through its consumer again, once the cause is fixed.
 */
@Singleton
public class DeadLetters {

    public static final String HEADER_PREFIX = "thidua_dlq_";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final ReliableProducer producer;
    private final String topic;
    private final Map<String, EventHandler> handlers;
    private final ProcessedEvents processed;
    private final String service;
    private final ActorSource actors;

    DeadLetters(
            JdbcOperations jdbc,
            TransactionOperations<Connection> transactions,
            ReliableProducer producer,
            MessagingConfiguration config,
            List<EventHandler> handlers,
            ProcessedEvents processed,
            @Value("${micronaut.application.name}") String service,
            ActorSource actors) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.producer = producer;
        this.topic = Topics.deadLetters(config.getSource().substring(1));
        this.handlers = handlers.stream().collect(Collectors.toMap(EventHandler::consumerName, Function.identity()));
        this.processed = processed;
        this.service = service;
        this.actors = actors;
    }

    /**
     * A dead letter as operators see it: where it came from, the error, the service that keeps it, when it failed
     * first ({@code failedAt}, {@code firstFailedAt}) and last (a replay that failed again), how many times
     * ({@code attempts}: 1, and one more per failed replay), its headers and its payload (as in
     * {@link DeadLetterDetail}).
     */
    public record DeadLetter(
            long id,
            String consumer,
            String topic,
            int partition,
            long offset,
            @Nullable String key,
            @Nullable String eventId,
            @Nullable String eventType,
            String errorClass,
            @Nullable String errorMessage,
            String status,
            Instant failedAt,
            @Nullable Instant replayedAt,
            @Nullable String replayError,
            String service,
            Instant firstFailedAt,
            Instant lastFailedAt,
            int attempts,
            Map<String, String> headers,
            @Nullable String payload,
            @Nullable PayloadEncoding payloadEncoding) {}

    /**
     * Which dead letters an operator means: each part that is not null narrows the set. {@code error} is a
     * case-insensitive substring of the error (class, message or the last replay's error); {@code from} (inclusive)
     * and {@code to} (exclusive) bound when it first failed.
     */
    public record Filter(
            @Nullable String consumer,
            @Nullable String eventType,
            @Nullable String error,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable String status) {

        public static final Filter ALL = new Filter(null, null, null, null, null, null);

        /** The filter as the audit keeps it: only the parts given. */
        Map<String, String> given() {
            Map<String, String> parts = new LinkedHashMap<>();
            putIfGiven(parts, "consumer", consumer);
            putIfGiven(parts, "eventType", eventType);
            putIfGiven(parts, "error", error);
            putIfGiven(parts, "from", from == null ? null : from.toString());
            putIfGiven(parts, "to", to == null ? null : to.toString());
            putIfGiven(parts, "status", status);
            return parts;
        }

        private static void putIfGiven(Map<String, String> parts, String name, @Nullable String value) {
            if (value != null) {
                parts.put(name, value);
            }
        }
    }

    /** What a replay of a filtered set did; a dry run only says what it would replay. */
    public record ReplayResult(boolean dryRun, int matched, List<Long> ids, int replayed, int stillFailing) {}

    /** One replay as the audit keeps it: who asked, when, with which filter, and what came of it. */
    public record ReplayAudit(
            long id,
            Instant at,
            String actor,
            Map<String, String> filter,
            boolean dryRun,
            int matched,
            int replayed,
            int stillFailing,
            List<Long> ids) {}

    /** How a dead letter's payload is shown: as the text it is, or base64 when its bytes are not UTF-8 text. */
    public enum PayloadEncoding {
        TEXT,
        BASE64
    }

    /**
     * A dead letter whole, for an operator finding out what failed: the list's fields, the record's headers (name to
     * value read as UTF-8 text; the last of a repeated name) and its payload ({@code payloadEncoding} says whether
     * {@code payload} is the text itself or base64; both null for a record without a value).
     */
    public record DeadLetterDetail(
            long id,
            String consumer,
            String topic,
            int partition,
            long offset,
            @Nullable String key,
            @Nullable String eventId,
            @Nullable String eventType,
            String errorClass,
            @Nullable String errorMessage,
            String status,
            Instant failedAt,
            @Nullable Instant replayedAt,
            @Nullable String replayError,
            Map<String, String> headers,
            @Nullable String payload,
            @Nullable PayloadEncoding payloadEncoding) {}

    /** Keeps the record and copies it to the dead-letter topic; a redelivered poison record is kept once. */
    void add(String consumer, ConsumerRecord<String, byte[]> record, Throwable error) {
        Header id = record.headers().lastHeader("ce_id");
        Header type = record.headers().lastHeader("ce_type");
        String message = error.getMessage() == null ? null : truncate(error.getMessage(), 4_000);
        transactions.executeWrite(status -> jdbc.prepareStatement("""
                INSERT IGNORE INTO dead_letter (consumer, topic, partition_no, record_offset, record_key, event_id,
                  event_type, headers, payload, error_class, error_message, status, failed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DEAD', ?)""", statement -> {
            statement.setString(1, consumer);
            statement.setString(2, record.topic());
            statement.setInt(3, record.partition());
            statement.setLong(4, record.offset());
            statement.setString(5, record.key());
            statement.setString(6, id == null ? null : truncate(utf8(id.value()), 200));
            statement.setString(7, type == null ? null : truncate(utf8(type.value()), 200));
            statement.setString(8, headersJson(record));
            statement.setBytes(9, record.value());
            statement.setString(10, error.getClass().getName());
            statement.setString(11, message);
            statement.setTimestamp(12, Timestamp.from(Instant.now()));
            return statement.executeUpdate();
        }));
        ProducerRecord<String, byte[]> copy =
                new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers());
        copy.headers().add(HEADER_PREFIX + "original_topic", bytes(record.topic()));
        copy.headers().add(HEADER_PREFIX + "original_partition", bytes(String.valueOf(record.partition())));
        copy.headers().add(HEADER_PREFIX + "original_offset", bytes(String.valueOf(record.offset())));
        if (record.key() != null) {
            copy.headers().add(HEADER_PREFIX + "original_key", bytes(record.key()));
        }
        copy.headers().add(HEADER_PREFIX + "consumer", bytes(consumer));
        copy.headers()
                .add(HEADER_PREFIX + "exception_class", bytes(error.getClass().getName()));
        copy.headers().add(HEADER_PREFIX + "exception_message", bytes(message == null ? "" : message));
        try {
            producer.send(copy).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            // the record is kept in dead_letter; the copy on the topic is for other tools, so retry the record
            throw new org.apache.kafka.common.errors.TimeoutException("Dead-letter topic unreachable", e);
        }
    }

    private static final String COLUMNS = """
            id, consumer, topic, partition_no, record_offset, record_key, event_id, event_type, error_class,
            error_message, status, failed_at, replayed_at, replay_error, headers, payload, attempts, last_failed_at""";

    private static final String MATCHES = """
            (? IS NULL OR consumer = ?) AND (? IS NULL OR event_type = ?)
            AND (? IS NULL OR LOWER(CONCAT(error_class, ' ', COALESCE(error_message, ''), ' ',
                 COALESCE(replay_error, ''))) LIKE ? ESCAPE '!')
            AND (? IS NULL OR failed_at >= ?) AND (? IS NULL OR failed_at < ?) AND (? IS NULL OR status = ?)""";

    /** The dead letters {@code filter} matches, oldest first, one page of them. */
    public List<DeadLetter> list(Filter filter, int page, int size) {
        return transactions.executeRead(s -> jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM dead_letter WHERE " + MATCHES + " ORDER BY id LIMIT ? OFFSET ?",
                statement -> {
                    int next = bind(statement, filter);
                    statement.setInt(next, size);
                    statement.setInt(next + 1, page * size);
                    List<DeadLetter> result = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            result.add(map(rs));
                        }
                    }
                    return result;
                }));
    }

    /** Binds {@link #MATCHES}; returns the next parameter's index. */
    private static int bind(PreparedStatement statement, Filter filter) throws SQLException {
        String error = filter.error() == null
                ? null
                : "%"
                        + filter.error()
                                .toLowerCase(Locale.ROOT)
                                .replace("!", "!!")
                                .replace("%", "!%")
                                .replace("_", "!_")
                        + "%";
        Timestamp from = filter.from() == null ? null : Timestamp.from(filter.from());
        Timestamp to = filter.to() == null ? null : Timestamp.from(filter.to());
        Object[] pairs = {filter.consumer(), filter.eventType(), error, from, to, filter.status()};
        int index = 1;
        for (Object value : pairs) {
            statement.setObject(index++, value);
            statement.setObject(index++, value);
        }
        return index;
    }

    public Optional<DeadLetter> find(long id) {
        return transactions.executeRead(s ->
                jdbc.prepareStatement("SELECT " + COLUMNS + " FROM dead_letter WHERE id = ?", statement -> {
                    statement.setLong(1, id);
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() ? Optional.of(map(rs)) : Optional.<DeadLetter>empty();
                    }
                }));
    }

    /** The dead letter with its headers and payload. */
    public Optional<DeadLetterDetail> detail(long id) {
        return find(id).map(letter -> new DeadLetterDetail(
                letter.id(),
                letter.consumer(),
                letter.topic(),
                letter.partition(),
                letter.offset(),
                letter.key(),
                letter.eventId(),
                letter.eventType(),
                letter.errorClass(),
                letter.errorMessage(),
                letter.status(),
                letter.failedAt(),
                letter.replayedAt(),
                letter.replayError(),
                letter.headers(),
                letter.payload(),
                letter.payloadEncoding()));
    }

    /** What a replay did ({@code NOT_RUN}: a dry run). */
    public enum ReplayOutcome {
        REPLAYED,
        STILL_FAILING,
        ALREADY_REPLAYED,
        NOT_RUN
    }

    /**
     * Runs the dead letter through its consumer again. On success (or if the consumer meanwhile processed the event)
     * it is marked REPLAYED; if it fails again it stays DEAD with the new error.
     */
    public ReplayOutcome replay(long id) {
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
    public ReplayResult replay(Filter filter, boolean dryRun) {
        List<Long> ids = deadIds(filter);
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
    public ReplayOutcome replayOne(long id, boolean dryRun) {
        find(id).orElseThrow(() -> ProblemException.notFound("Dead letter", id));
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
    public List<ReplayAudit> replays(int page, int size) {
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

    /** The DEAD letters {@code filter} matches, oldest first. */
    private List<Long> deadIds(Filter filter) {
        return transactions.executeRead(s -> jdbc.prepareStatement(
                "SELECT id FROM dead_letter WHERE " + MATCHES + " AND status = 'DEAD' ORDER BY id", statement -> {
                    bind(statement, filter);
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                    return ids;
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

    private DeadLetter map(ResultSet rs) throws SQLException {
        Timestamp replayed = rs.getTimestamp(13);
        Instant failedAt = rs.getTimestamp(12).toInstant();
        Timestamp lastFailed = rs.getTimestamp(18);
        Map<String, String> headers = new LinkedHashMap<>();
        readHeaders(rs.getString(15))
                .forEach(
                        h -> headers.put(h.get("name"), utf8(Base64.getDecoder().decode(h.get("value")))));
        byte[] payload = rs.getBytes(16);
        String text = payload == null ? null : strictUtf8(payload);
        PayloadEncoding encoding =
                payload == null ? null : text != null ? PayloadEncoding.TEXT : PayloadEncoding.BASE64;
        return new DeadLetter(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                failedAt,
                replayed == null ? null : replayed.toInstant(),
                rs.getString(14),
                service,
                failedAt,
                lastFailed == null ? failedAt : lastFailed.toInstant(),
                rs.getInt(17),
                headers,
                encoding == PayloadEncoding.BASE64 ? Base64.getEncoder().encodeToString(payload) : text,
                encoding);
    }

    private static String writeJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T readJson(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String headersJson(ConsumerRecord<String, byte[]> record) {
        List<Map<String, String>> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(Map.of(
                    "name",
                    header.key(),
                    "value",
                    Base64.getEncoder().encodeToString(header.value() == null ? new byte[0] : header.value())));
        }
        try {
            return JSON.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, String>> readHeaders(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static String utf8(byte[] value) {
        return new String(value, StandardCharsets.UTF_8);
    }

    /** The bytes as text if they are well-formed UTF-8; null if they are not. */
    private static String strictUtf8(byte[] value) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value))
                    .toString();
        } catch (CharacterCodingException notText) {
            return null;
        }
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
