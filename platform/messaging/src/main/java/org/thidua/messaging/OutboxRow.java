package org.thidua.messaging;

import java.time.Instant;

/** One event waiting in (or sent from) the outbox table. */
record OutboxRow(long id, String eventId, String topic, String key, String type, String payload, String traceparent,
                 Instant occurredAt) {
}
