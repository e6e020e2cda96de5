package org.thidua.messaging;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.thidua.contracts.units.UnitRegistered;

/** A test consumer whose effect is one row per event; units whose code starts with BUG fail until "fixed". */
@Singleton
@Requires(env = "test")
class RecordingHandler implements EventHandler {

    private final JdbcOperations jdbc;
    volatile boolean bugFixed;

    RecordingHandler(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String consumerName() {
        return "test.recording";
    }

    @Override
    public void handle(IncomingEvent event) {
        UnitRegistered unit = event.data(UnitRegistered.class);
        if (!bugFixed && unit.code().startsWith("BUG")) {
            throw new IllegalStateException("A bug in the handler for " + unit.code());
        }
        jdbc.prepareStatement("INSERT INTO test_effect (event_id, unit_code) VALUES (?, ?)", statement -> {
            statement.setString(1, event.id());
            statement.setString(2, unit.code());
            return statement.executeUpdate();
        });
    }
}
