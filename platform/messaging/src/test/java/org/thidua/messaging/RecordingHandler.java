package org.thidua.messaging;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.slf4j.LoggerFactory;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.contracts.units.UnitRegistered;

/**
 * A test consumer whose effect is one row per event; units whose code starts with BUG fail until "fixed"; units
 * whose code starts with TRACE make it publish a reaction; units whose code starts with LOG make it log a line.
 */
@Singleton
@Requires(env = "test")
class RecordingHandler implements EventHandler {

    private final JdbcOperations jdbc;
    private final Outbox outbox;
    volatile boolean bugFixed;

    RecordingHandler(JdbcOperations jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Override
    public String consumerName() {
        return "test.recording";
    }

    @Override
    public void handle(IncomingEvent event) {
        if (!UnitRegistered.TYPE.equals(event.type())) {
            return;
        }
        UnitRegistered unit = event.data(UnitRegistered.class);
        if (!bugFixed && unit.code().startsWith("BUG")) {
            throw new IllegalStateException("A bug in the handler for " + unit.code());
        }
        if (unit.code().startsWith("LOG")) {
            LoggerFactory.getLogger(RecordingHandler.class)
                    .info("Recording unit {} of event {}", unit.code(), event.id());
        }
        if (unit.code().startsWith("TRACE")) {
            // a reaction: what the consumer publishes continues the trace of what it consumed
            outbox.publish(new UnitDeactivated(unit.unitId(), "reaction to " + unit.code(), Instant.now()));
        }
        jdbc.prepareStatement("INSERT INTO test_effect (event_id, unit_code) VALUES (?, ?)", statement -> {
            statement.setString(1, event.id());
            statement.setString(2, unit.code());
            return statement.executeUpdate();
        });
    }
}
