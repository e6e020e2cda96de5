package org.thidua.portal.operations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The services' operations answers, as the console reads them (issue 17's contract). */
final class Answers {

    private Answers() {}

    /** One service's state: ready, its outbox, its consumers' lag, its open dead letters. */
    @Serdeable
    record Status(
            String service,
            boolean ready,
            @Nullable Outbox outbox,
            @Nullable List<ConsumerLag> consumers,
            @Nullable OpenLetters deadLetters) {}

    @Serdeable
    record Outbox(long backlog, @Nullable Long oldestAgeSeconds) {}

    @Serdeable
    record ConsumerLag(String group, @Nullable String topic, long lag) {}

    @Serdeable
    record OpenLetters(long open) {}

    /** A record a consumer gave up on. {@code service} is set by the console when the service leaves it out. */
    @Serdeable
    record DeadLetter(
            long id,
            @Nullable String service,
            String consumer,
            @Nullable String topic,
            @Nullable String eventId,
            @Nullable String eventType,
            @Nullable String errorClass,
            @Nullable String errorMessage,
            String status,
            Instant failedAt,
            @Nullable Instant replayedAt,
            @Nullable String replayError,
            @Nullable Integer attempts) {

        DeadLetter from(String serviceName) {
            return new DeadLetter(
                    id,
                    serviceName,
                    consumer,
                    topic,
                    eventId,
                    eventType,
                    errorClass,
                    errorMessage,
                    status,
                    failedAt,
                    replayedAt,
                    replayError,
                    attempts);
        }

        public boolean open() {
            return "DEAD".equals(status);
        }
    }

    /** A dead letter whole: what it carried (headers, payload as text or base64). */
    @Serdeable
    record DeadLetterDetail(
            long id,
            String consumer,
            @Nullable String topic,
            @Nullable String key,
            @Nullable String eventId,
            @Nullable String eventType,
            @Nullable String errorClass,
            @Nullable String errorMessage,
            String status,
            Instant failedAt,
            @Nullable Instant replayedAt,
            @Nullable String replayError,
            @Nullable Integer attempts,
            @Nullable Map<String, String> headers,
            @Nullable String payload,
            @Nullable String payloadEncoding) {

        public boolean open() {
            return "DEAD".equals(status);
        }
    }

    /** A filtered replay, or its dry run: only the filter and whether to change anything. */
    record ReplayRequest(
            @Nullable String consumer,
            @Nullable String eventType,
            @Nullable String error,
            @Nullable String from,
            @Nullable String to,
            boolean dryRun) {}

    @Serdeable
    record ReplayResult(
            boolean dryRun, int matched, @Nullable List<Long> ids, int replayed, int stillFailing) {}

    /** Who replayed what, when and how many; {@code filter} as the service wrote it. */
    @Serdeable
    record ReplayAudit(
            @Nullable String service,
            Instant at,
            @Nullable String actor,
            @Nullable Object filter,
            boolean dryRun,
            int matched,
            int replayed,
            int stillFailing) {

        ReplayAudit from(String serviceName) {
            return new ReplayAudit(serviceName, at, actor, filter, dryRun, matched, replayed, stillFailing);
        }

        /** The filter as {@code eventType: thidua.unit.registered.v1; error: rule set}, its empty fields left out. */
        public String filterText() {
            if (filter instanceof Map<?, ?> fields) {
                return fields.entrySet().stream()
                        .filter(e ->
                                e.getValue() != null && !e.getValue().toString().isBlank())
                        .map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining("; "));
            }
            return filter == null ? "" : filter.toString();
        }
    }

    @Serdeable
    record Trace(String traceId, List<Span> spans) {}

    @Serdeable
    record Span(
            String traceId,
            String spanId,
            @Nullable String parentSpanId,
            String name,
            @Nullable String service,
            @Nullable String kind,
            Instant start,
            @Nullable Instant end,
            long durationMicros,
            @Nullable String status,
            @Nullable Map<String, Object> attributes) {}

    /** notifications-service's e-mail delivery of one notice to one contact. */
    @Serdeable
    record Delivery(
            long id,
            String eventId,
            String eventType,
            String unitId,
            String recipient,
            @Nullable String recipientName,
            String state,
            int attempts,
            @Nullable String lastError,
            Instant createdAt,
            @Nullable Instant sentAt) {

        /** The error in words: the last part of its {@code operations.deliveryError.*} key. */
        public String errorKind() {
            return DeliveryErrors.kind(lastError);
        }
    }

    @Serdeable
    record EventCounts(String eventId, long total, Map<String, Long> byState, long unitsWaiting) {}

    @Serdeable
    record RetrySummary(@Nullable String eventId, int retried) {}
}
