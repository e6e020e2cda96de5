package org.thidua.notifications.recipients;

import java.time.Instant;

import jakarta.inject.Singleton;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.messaging.IncomingEvent;
import org.thidua.messaging.EventHandler;

/** Keeps {@code recipient_unit} in step with the units stream. Runs inside the idempotent consumer's transaction. */
@Singleton
public class RecipientProjection implements EventHandler {

    private final RecipientUnitRepository units;

    RecipientProjection(RecipientUnitRepository units) {
        this.units = units;
    }

    @Override
    public String consumerName() {
        return "notifications.recipients";
    }

    @Override
    public void handle(IncomingEvent event) {
        if (UnitRegistered.TYPE.equals(event.type())) {
            UnitRegistered registered = event.data(UnitRegistered.class);
            RecipientUnit unit = new RecipientUnit(registered.unitId(), registered.code(), registered.name(),
                    registered.shortName(), registered.language(), registered.active(), Instant.now());
            if (units.existsById(unit.unitId())) {
                units.update(unit);
            } else {
                units.save(unit);
            }
        }
    }
}
