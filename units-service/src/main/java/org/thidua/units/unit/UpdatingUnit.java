package org.thidua.units.unit;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.thidua.contracts.units.UnitKind;
import org.thidua.messaging.Outbox;
import org.thidua.units.Decision;
import org.thidua.units.Timestamps;
import org.thidua.units.text.VietnameseText;
import org.thidua.web.ProblemException;

/**
 * Use case: change a unit's details ({@code thidua.unit.updated.v1}). Optimistic locking: the request carries the
 * version it was based on; the unit's row is locked while the change is decided, so of two concurrent updates based
 * on the same version one wins and the other is a 409 naming the version that won. A request that changes nothing
 * publishes nothing.
 */
@Singleton
public class UpdatingUnit {

    private final UnitRepository units;
    private final Units lookup;
    private final Outbox outbox;
    private final UnitHierarchyPolicy hierarchy = new UnitHierarchyPolicy();

    UpdatingUnit(UnitRepository units, Units lookup, Outbox outbox) {
        this.units = units;
        this.lookup = lookup;
        this.outbox = outbox;
    }

    @Transactional
    public Unit update(String id, UnitUpdateRequest request) {
        Unit unit = lookup.requireForUpdate(id);
        Decision receiving = lookup.activity().mayReceive(unit, "a change of its details");
        if (receiving.rejected()) {
            throw ProblemException.invalidState(Units.INACTIVE, receiving.reason());
        }
        if (!unit.version().equals(request.version())) {
            throw ProblemException.staleVersion(
                    unit.version(),
                    "Unit " + unit.code() + " is at version "
                            + unit.version() + ", the change was based on version " + request.version()
                            + "; read it again and reapply the change");
        }
        if (request.code() != null && !request.code().strip().equals(unit.code())) {
            throw ProblemException.invalidField(
                    "code", "cannot change: a unit's code is stable (it is " + unit.code() + ")");
        }
        String parentId = VietnameseText.nfcOrNull(request.parentUnitId());
        if (parentId != null && !parentId.equals(unit.parentId())) {
            lookup.requireReferenced("parentUnitId", parentId, "a new sub-unit");
            Decision placement = hierarchy.mayPlaceUnder(
                    unit.id(), parentId, unitId -> units.findById(unitId).map(Unit::parentId));
            if (placement.rejected()) {
                throw ProblemException.invalidField("parentUnitId", placement.reason());
            }
        }
        Unit.Details details = new Unit.Details(
                VietnameseText.nfc(request.name()),
                VietnameseText.nfcOrNull(request.shortName()),
                request.kind() == null ? null : UnitKind.valueOf(request.kind()),
                parentId,
                VietnameseText.nfcOrNull(request.province()),
                request.language());
        if (unit.sameDetails(details)) {
            return unit;
        }
        Instant now = Timestamps.now();
        Unit updated = units.update(unit.with(details, now));
        outbox.publish(UnitEvents.updated(updated, now));
        return updated;
    }
}
