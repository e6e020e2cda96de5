package org.thidua.messaging;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;

/** The consuming transaction: record the event as processed by the consumer and apply its effect, or neither. */
@Singleton
class ProcessedEvents {

    private final JdbcOperations jdbc;

    ProcessedEvents(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the consumer had already processed this event (nothing was done). */
    @Transactional
    public boolean applyOnce(EventHandler handler, IncomingEvent event) {
        // INSERT IGNORE: a duplicate key inserts nothing (0 rows) on MySQL and MariaDB alike; a concurrent
        // duplicate waits on the row lock and then sees the key.
        int inserted = jdbc.prepareStatement(
                "INSERT IGNORE INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, ?)", statement -> {
                    statement.setString(1, handler.consumerName());
                    statement.setString(2, event.id());
                    statement.setTimestamp(3, Timestamp.from(Instant.now()));
                    return statement.executeUpdate();
                });
        if (inserted == 0) {
            return false;
        }
        handler.handle(event);
        return true;
    }
}
