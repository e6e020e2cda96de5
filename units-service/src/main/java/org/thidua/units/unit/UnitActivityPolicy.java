package org.thidua.units.unit;

import org.thidua.units.Decision;

/**
 * A deactivated unit keeps its history but receives nothing new: no new members or contacts, no new group
 * memberships, no leadership, no new sub-units, no further changes of its details.
 */
public final class UnitActivityPolicy {

    public Decision mayReceive(Unit unit, String what) {
        if (unit.active()) {
            return Decision.allow();
        }
        return Decision.reject("unit " + unit.code() + " is deactivated and receives nothing new (" + what + ")");
    }
}
