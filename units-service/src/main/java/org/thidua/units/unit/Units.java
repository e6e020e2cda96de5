package org.thidua.units.unit;

import jakarta.inject.Singleton;
import org.thidua.units.Decision;
import org.thidua.web.ProblemException;

/** How the features find the unit a request is about, and refuse a deactivated one where it would receive. */
@Singleton
public class Units {

    /** The state a deactivated unit is in, as 409 problems name it ({@code currentState}). */
    public static final String INACTIVE = "INACTIVE";

    private final UnitRepository units;
    private final UnitActivityPolicy activity = new UnitActivityPolicy();

    Units(UnitRepository units) {
        this.units = units;
    }

    /** The unit named in the path; 404 when there is none. */
    public Unit require(String id) {
        return units.findById(id).orElseThrow(() -> ProblemException.notFound("Unit", id));
    }

    /** The unit named in the path, locked until the transaction ends; 404 when there is none. */
    public Unit requireForUpdate(String id) {
        return units.findByIdForUpdate(id).orElseThrow(() -> ProblemException.notFound("Unit", id));
    }

    /**
     * The unit named in the path, which must be active to receive {@code what}: 404, or 409 with state INACTIVE. Its
     * row stays locked until the transaction ends, so changes of one unit queue up (and their events keep order) and
     * nothing is added while it is being deactivated.
     */
    public Unit requireReceiving(String id, String what) {
        Unit unit = requireForUpdate(id);
        Decision decision = activity.mayReceive(unit, what);
        if (decision.rejected()) {
            throw ProblemException.invalidState(INACTIVE, decision.reason());
        }
        return unit;
    }

    /**
     * A unit named in a request body's {@code field}, which must exist and be active to receive {@code what}: else a
     * 400 naming the field.
     */
    public Unit requireReferenced(String field, String id, String what) {
        Unit unit = units.findById(id).orElseThrow(() -> ProblemException.invalidField(field, "no unit has id " + id));
        Decision decision = activity.mayReceive(unit, what);
        if (decision.rejected()) {
            throw ProblemException.invalidField(field, decision.reason());
        }
        return unit;
    }

    public UnitActivityPolicy activity() {
        return activity;
    }
}
