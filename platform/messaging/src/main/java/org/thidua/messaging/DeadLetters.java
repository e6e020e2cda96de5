package org.thidua.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
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

    DeadLetters(JdbcOperations jdbc, TransactionOperations<Connection> transactions,
                ReliableProducer producer, MessagingConfiguration config,
                List<EventHandler> handlers, ProcessedEvents processed) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.producer = producer;
        this.topic = Topics.deadLetters(config.getSource().substring(1));
        this.handlers = handlers.stream().collect(Collectors.toMap(EventHandler::consumerName, Function.identity()));
        this.processed = processed;
    }

    /** A dead letter as operators see it. */
    public record DeadLetter(long id, String consumer, String topic, int partition, long offset,
                             @Nullable String key, @Nullable String eventId, @Nullable String eventType,
                             String errorClass, @Nullable String errorMessage, String status, Instant failedAt,
                             @Nullable Instant replayedAt, @Nullable String replayError) {
    }

    /** How a dead letter's payload is shown: as the text it is, or base64 when its bytes are not UTF-8 text. */
    public enum PayloadEncoding { TEXT, BASE64 }

    /**
     * A dead letter whole, for an operator finding out what failed: the list's fields, the record's headers (name to
     * value read as UTF-8 text; the last of a repeated name) and its payload ({@code payloadEncoding} says whether
     * {@code payload} is the text itself or base64; both null for a record without a value).
     */
    public record DeadLetterDetail(long id, String consumer, String topic, int partition, long offset,
                                   @Nullable String key, @Nullable String eventId, @Nullable String eventType,
                                   String errorClass, @Nullable String errorMessage, String status, Instant failedAt,
                                   @Nullable Instant replayedAt, @Nullable String replayError,
                                   Map<String, String> headers, @Nullable String payload,
                                   @Nullable PayloadEncoding payloadEncoding) {
    }

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
        ProducerRecord<String, byte[]> copy = new ProducerRecord<>(topic, null, record.key(), record.value(),
                record.headers());
        copy.headers().add(HEADER_PREFIX + "original_topic", bytes(record.topic()));
        copy.headers().add(HEADER_PREFIX + "original_partition", bytes(String.valueOf(record.partition())));
        copy.headers().add(HEADER_PREFIX + "original_offset", bytes(String.valueOf(record.offset())));
        if (record.key() != null) {
            copy.headers().add(HEADER_PREFIX + "original_key", bytes(record.key()));
        }
        copy.headers().add(HEADER_PREFIX + "consumer", bytes(consumer));
        copy.headers().add(HEADER_PREFIX + "exception_class", bytes(error.getClass().getName()));
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

    public List<DeadLetter> list(String status, String eventType, int page, int size) {
        return transactions.executeRead(s -> jdbc.prepareStatement("""
                SELECT id, consumer, topic, partition_no, record_offset, record_key, event_id, event_type, error_class,
                       error_message, status, failed_at, replayed_at, replay_error
                FROM dead_letter
                WHERE (? IS NULL OR status = ?) AND (? IS NULL OR event_type = ?)
                ORDER BY id LIMIT ? OFFSET ?""", statement -> {
            statement.setString(1, status);
            statement.setString(2, status);
            statement.setString(3, eventType);
            statement.setString(4, eventType);
            statement.setInt(5, size);
            statement.setInt(6, page * size);
            List<DeadLetter> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(map(rs));
                }
            }
            return result;
        }));
    }

    public Optional<DeadLetter> find(long id) {
        return transactions.executeRead(s -> jdbc.prepareStatement("""
                SELECT id, consumer, topic, partition_no, record_offset, record_key, event_id, event_type, error_class,
                       error_message, status, failed_at, replayed_at, replay_error
                FROM dead_letter WHERE id = ?""", statement -> {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.<DeadLetter>empty();
            }
        }));
    }

    /** The dead letter with its headers and payload. */
    public Optional<DeadLetterDetail> detail(long id) {
        return transactions.executeRead(s -> jdbc.prepareStatement("""
                SELECT id, consumer, topic, partition_no, record_offset, record_key, event_id, event_type, error_class,
                       error_message, status, failed_at, replayed_at, replay_error, headers, payload
                FROM dead_letter WHERE id = ?""", statement -> {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<DeadLetterDetail>empty();
                }
                DeadLetter letter = map(rs);
                Map<String, String> headers = new LinkedHashMap<>();
                readHeaders(rs.getString(15)).forEach(h -> headers.put(h.get("name"),
                        utf8(Base64.getDecoder().decode(h.get("value")))));
                byte[] payload = rs.getBytes(16);
                String text = payload == null ? null : strictUtf8(payload);
                PayloadEncoding encoding = payload == null ? null
                        : text != null ? PayloadEncoding.TEXT : PayloadEncoding.BASE64;
                return Optional.of(new DeadLetterDetail(letter.id(), letter.consumer(), letter.topic(),
                        letter.partition(), letter.offset(), letter.key(), letter.eventId(), letter.eventType(),
                        letter.errorClass(), letter.errorMessage(), letter.status(), letter.failedAt(),
                        letter.replayedAt(), letter.replayError(), headers,
                        encoding == PayloadEncoding.BASE64 ? Base64.getEncoder().encodeToString(payload) : text,
                        encoding));
            }
        }));
    }

    /** What a replay did. */
    public enum ReplayOutcome { REPLAYED, STILL_FAILING, ALREADY_REPLAYED }

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

    /** Replays every DEAD letter of one event type (or of all types when null), oldest first. */
    public Map<ReplayOutcome, Integer> replayAll(String eventType) {
        Map<ReplayOutcome, Integer> counts = new LinkedHashMap<>();
        long after = 0;
        while (true) {
            List<Long> ids = deadIdsAfter(after, eventType);
            if (ids.isEmpty()) {
                return counts;
            }
            for (long id : ids) {
                counts.merge(replay(id), 1, Integer::sum);
                after = id;
            }
        }
    }

    private List<Long> deadIdsAfter(long after, String eventType) {
        return transactions.executeRead(s -> jdbc.prepareStatement("""
                SELECT id FROM dead_letter WHERE status = 'DEAD' AND id > ? AND (? IS NULL OR event_type = ?)
                ORDER BY id LIMIT 500""", statement -> {
            statement.setLong(1, after);
            statement.setString(2, eventType);
            statement.setString(3, eventType);
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
                "UPDATE dead_letter SET replay_error = ? WHERE id = ?", statement -> {
                    statement.setString(1, truncate(error, 4_000));
                    statement.setLong(2, id);
                    return statement.executeUpdate();
                }));
        return ReplayOutcome.STILL_FAILING;
    }

    private record StoredRecord(String consumer, String status, ConsumerRecord<String, byte[]> record) {
    }

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
                readHeaders(rs.getString(7)).forEach(h -> headers.add(h.get("name"),
                        Base64.getDecoder().decode(h.get("value"))));
                ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(rs.getString(3), rs.getInt(4),
                        rs.getLong(5), ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE,
                        ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, rs.getString(6), rs.getBytes(8), headers,
                        Optional.empty());
                return new StoredRecord(rs.getString(1), rs.getString(2), record);
            }
        }));
    }

    private static DeadLetter map(ResultSet rs) throws SQLException {
        Timestamp replayed = rs.getTimestamp(13);
        return new DeadLetter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getTimestamp(12).toInstant(), replayed == null ? null : replayed.toInstant(), rs.getString(14));
    }

    private static String headersJson(ConsumerRecord<String, byte[]> record) {
        List<Map<String, String>> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(Map.of("name", header.key(),
                    "value", Base64.getEncoder().encodeToString(header.value() == null ? new byte[0] : header.value())));
        }
        try {
            return JSON.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, String>> readHeaders(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() { });
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
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException notText) {
            return null;
        }
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
