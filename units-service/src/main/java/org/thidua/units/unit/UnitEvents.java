package org.thidua.units.unit;

import java.time.Instant;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.contracts.units.UnitUpdated;

/** A unit's events, built from the unit as it was stored. */
public final class UnitEvents {

    private UnitEvents() {}

    public static UnitRegistered registered(Unit unit) {
        return new UnitRegistered(
                unit.id(),
                unit.code(),
                unit.name(),
                unit.shortName(),
                unit.language(),
                unit.active(),
                unit.createdAt(),
                unit.kind(),
                unit.parentId(),
                unit.province());
    }

    public static UnitUpdated updated(Unit unit, Instant now) {
        return new UnitUpdated(
                unit.id(),
                unit.code(),
                unit.name(),
                unit.shortName(),
                unit.language(),
                unit.kind(),
                unit.parentId(),
                unit.province(),
                now);
    }

    public static UnitDeactivated deactivated(Unit unit, Instant now) {
        return new UnitDeactivated(unit.id(), unit.deactivationReason(), now);
    }
}
