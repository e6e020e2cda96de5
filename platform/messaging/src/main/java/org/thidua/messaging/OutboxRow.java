package org.thidua.messaging;

import java.time.Instant;

/** One event waiting in (or sent from) the outbox table; {@code actor} is null for rows older than the audit. */
record OutboxRow(
        long id,
        String eventId,
        String topic,
        String key,
        String type,
        String payload,
        String traceparent,
        Instant occurredAt,
        String actor) {}
