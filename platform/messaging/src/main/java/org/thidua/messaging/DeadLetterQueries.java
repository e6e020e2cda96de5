package org.thidua.messaging;

import static org.thidua.messaging.DeadLetterCodec.readHeaders;
import static org.thidua.messaging.DeadLetterCodec.strictUtf8;
import static org.thidua.messaging.DeadLetterCodec.utf8;

import io.micronaut.context.annotation.Value;
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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.thidua.messaging.DeadLetters.DeadLetter;
import org.thidua.messaging.DeadLetters.DeadLetterDetail;
import org.thidua.messaging.DeadLetters.Filter;
import org.thidua.messaging.DeadLetters.PayloadEncoding;

/** Finds dead letters: a filtered page of them, one by id (with its headers and payload), the DEAD ids a filter matches. */
@Singleton
class DeadLetterQueries {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final String service;

    DeadLetterQueries(
            JdbcOperations jdbc,
            TransactionOperations<Connection> transactions,
            @Value("${micronaut.application.name}") String service) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.service = service;
    }

    static final String COLUMNS = """
            id, consumer, topic, partition_no, record_offset, record_key, event_id, event_type, error_class,
            error_message, status, failed_at, replayed_at, replay_error, headers, payload, attempts, last_failed_at""";

    static final String MATCHES = """
            (? IS NULL OR consumer = ?) AND (? IS NULL OR event_type = ?)
            AND (? IS NULL OR LOWER(CONCAT(error_class, ' ', COALESCE(error_message, ''), ' ',
                 COALESCE(replay_error, ''))) LIKE ? ESCAPE '!')
            AND (? IS NULL OR failed_at >= ?) AND (? IS NULL OR failed_at < ?) AND (? IS NULL OR status = ?)""";

    /** The dead letters {@code filter} matches, oldest first, one page of them. */
    List<DeadLetter> list(Filter filter, int page, int size) {
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
    static int bind(PreparedStatement statement, Filter filter) throws SQLException {
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

    Optional<DeadLetter> find(long id) {
        return transactions.executeRead(s ->
                jdbc.prepareStatement("SELECT " + COLUMNS + " FROM dead_letter WHERE id = ?", statement -> {
                    statement.setLong(1, id);
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() ? Optional.of(map(rs)) : Optional.<DeadLetter>empty();
                    }
                }));
    }

    /** The dead letter with its headers and payload. */
    Optional<DeadLetterDetail> detail(long id) {
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

    /** The DEAD letters {@code filter} matches, oldest first. */
    List<Long> deadIds(Filter filter) {
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
}
