package org.thidua.units.unit;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.thidua.messaging.Outbox;
import org.thidua.units.Timestamps;
import org.thidua.units.text.VietnameseText;
import org.thidua.web.ProblemException;

/**
 * Use case: deactivate a unit ({@code thidua.unit.deactivated.v1}). The unit, its members, contacts, memberships and
 * sub-units stay as history; from now on it receives nothing new.
 */
@Singleton
public class DeactivatingUnit {

    private final UnitRepository units;
    private final Units lookup;
    private final Outbox outbox;

    DeactivatingUnit(UnitRepository units, Units lookup, Outbox outbox) {
        this.units = units;
        this.lookup = lookup;
        this.outbox = outbox;
    }

    @Transactional
    public Unit deactivate(String id, DeactivationRequest request) {
        Unit unit = lookup.requireForUpdate(id);
        if (!unit.active()) {
            throw ProblemException.invalidState(Units.INACTIVE, "Unit " + unit.code() + " is already deactivated");
        }
        if (request.version() != null && !unit.version().equals(request.version())) {
            throw ProblemException.staleVersion(
                    unit.version(),
                    "Unit " + unit.code() + " is at version " + unit.version()
                            + ", the deactivation was based on version " + request.version());
        }
        Instant now = Timestamps.now();
        Unit deactivated = units.update(unit.deactivated(VietnameseText.nfcOrNull(request.reason()), now));
        outbox.publish(UnitEvents.deactivated(deactivated, now));
        return deactivated;
    }
}
