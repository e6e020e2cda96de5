package org.thidua.units.unit;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;
import org.thidua.contracts.units.UnitKind;
import org.thidua.messaging.Outbox;
import org.thidua.units.Timestamps;
import org.thidua.units.text.VietnameseText;
import org.thidua.web.ProblemException;

/** Use case: register a new unit and announce it with {@code thidua.unit.registered.v1}. */
@Singleton
public class RegisteringUnit {

    private final UnitRepository units;
    private final Units lookup;
    private final Outbox outbox;

    RegisteringUnit(UnitRepository units, Units lookup, Outbox outbox) {
        this.units = units;
        this.lookup = lookup;
        this.outbox = outbox;
    }

    @Transactional
    public Unit register(UnitRequest request) {
        String code = request.code().strip();
        if (units.existsByCode(code)) {
            throw ProblemException.duplicate("code", "A unit with code " + code + " already exists");
        }
        String parentId = VietnameseText.nfcOrNull(request.parentUnitId());
        if (parentId != null) {
            // a new unit cannot close a cycle; its parent must exist and still receive
            lookup.requireReferenced("parentUnitId", parentId, "a new sub-unit");
        }
        Instant now = Timestamps.now();
        Unit unit = units.save(new Unit(
                UUID.randomUUID().toString(),
                code,
                VietnameseText.nfc(request.name()),
                VietnameseText.nfcOrNull(request.shortName()),
                request.kind() == null ? null : UnitKind.valueOf(request.kind()),
                parentId,
                VietnameseText.nfcOrNull(request.province()),
                request.language() == null ? UnitConstraints.DEFAULT_LANGUAGE : request.language(),
                true,
                null,
                now,
                now,
                null,
                null));
        outbox.publish(UnitEvents.registered(unit));
        return unit;
    }
}
