package org.thidua.messaging;

import java.sql.Timestamp;
import java.time.Instant;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a service consumes events: the effect and the {@code processed_event(consumer, event_id)} row commit
 * in one transaction, so a redelivered event changes nothing. Listeners commit offsets only after this returns.
 */
@Singleton
public class IdempotentConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotentConsumer.class);

    private final JdbcOperations jdbc;

    IdempotentConsumer(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** What a consumer does with one event, inside the consuming transaction. */
    @FunctionalInterface
    public interface Handler {
        void handle(IncomingEvent event);
    }

    /**
     * Applies {@code handler} to the event in {@code record} once per {@code consumer}.
     *
     * @return false when this consumer had already processed the event (nothing was done)
     */
    @Transactional
    public boolean consume(String consumer, ConsumerRecord<String, byte[]> record, Handler handler) {
        IncomingEvent event = CloudEventRecords.read(record);
        if (!markProcessed(consumer, event.id())) {
            LOG.debug("{} already processed event {} ({}), skipping", consumer, event.id(), event.type());
            return false;
        }
        TraceParent.consuming(event.traceparent());
        try {
            handler.handle(event);
        } finally {
            TraceParent.consuming(null);
        }
        return true;
    }

    private boolean markProcessed(String consumer, String eventId) {
        // INSERT IGNORE: a duplicate key inserts nothing (0 rows) on MySQL and MariaDB alike; a concurrent
        // duplicate waits on the row lock and then sees the key.
        int inserted = jdbc.prepareStatement(
                "INSERT IGNORE INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, ?)", statement -> {
                    statement.setString(1, consumer);
                    statement.setString(2, eventId);
                    statement.setTimestamp(3, Timestamp.from(Instant.now()));
                    return statement.executeUpdate();
                });
        return inserted == 1;
    }
}
