package org.thidua.units.unit;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.messaging.Outbox;
import org.thidua.web.ProblemException;

/** Use case: register a new unit and announce it with {@code thidua.unit.registered.v1}. */
@Singleton
public class RegisteringUnit {

    private final UnitRepository units;
    private final Outbox outbox;
    private final Clock clock;

    RegisteringUnit(UnitRepository units, Outbox outbox) {
        this.units = units;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public Unit register(UnitRequest request) {
        String code = request.code().strip();
        if (units.existsByCode(code)) {
            throw ProblemException.duplicate("code", "A unit with code " + code + " already exists");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Unit unit = units.save(new Unit(UUID.randomUUID().toString(), code, nfc(request.name()),
                request.shortName() == null ? null : nfc(request.shortName()),
                request.language() == null ? "vi" : request.language(), true, null, now, now));
        outbox.publish(new UnitRegistered(unit.id(), unit.code(), unit.name(), unit.shortName(), unit.language(),
                unit.active(), unit.createdAt()));
        return unit;
    }

    /** Vietnamese typed two ways (precomposed or combining marks) is one name. */
    static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
