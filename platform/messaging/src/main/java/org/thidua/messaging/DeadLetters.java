package org.thidua.messaging;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records a consumer gave up on: kept in {@code dead_letter} (the operator's list) and copied to
 * {@code thidua.<service>.dlq} with the original topic, partition, offset, key, consumer and error in headers.
 * A replay runs the record through its consumer again, once the cause is fixed. The types operators see are here;
 * the work is done by {@link DeadLetterRecorder}, {@link DeadLetterQueries} and {@link DeadLetterReplays}.
 */
@Singleton
public class DeadLetters {

    public static final String HEADER_PREFIX = "thidua_dlq_";

    private final DeadLetterQueries queries;
    private final DeadLetterReplays replays;

    DeadLetters(DeadLetterQueries queries, DeadLetterReplays replays) {
        this.queries = queries;
        this.replays = replays;
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

    /** What a replay did ({@code NOT_RUN}: a dry run). */
    public enum ReplayOutcome {
        REPLAYED,
        STILL_FAILING,
        ALREADY_REPLAYED,
        NOT_RUN
    }

    /** The dead letters {@code filter} matches, oldest first, one page of them. */
    public List<DeadLetter> list(Filter filter, int page, int size) {
        return queries.list(filter, page, size);
    }

    public Optional<DeadLetter> find(long id) {
        return queries.find(id);
    }

    /** The dead letter with its headers and payload. */
    public Optional<DeadLetterDetail> detail(long id) {
        return queries.detail(id);
    }

    /** See {@link DeadLetterReplays#replay(long)}. */
    public ReplayOutcome replay(long id) {
        return replays.replay(id);
    }

    /** See {@link DeadLetterReplays#replay(Filter, boolean)}. */
    public ReplayResult replay(Filter filter, boolean dryRun) {
        return replays.replay(filter, dryRun);
    }

    /** Replays one dead letter (or, a dry run, nothing) and keeps the audit row that says who did. */
    public ReplayOutcome replayOne(long id, boolean dryRun) {
        return replays.replayOne(id, dryRun);
    }

    /** The replays of this service's dead letters, newest first. */
    public List<ReplayAudit> replays(int page, int size) {
        return replays.replays(page, size);
    }
}
