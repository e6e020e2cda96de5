package org.thidua.contracts.units;

import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** A unit (đơn vị) was registered in units-service. */
public record UnitRegistered(
        String unitId,
        String code,
        String name,
        String shortName,
        String language,
        boolean active,
        Instant registeredAt,
        UnitKind kind,
        String parentUnitId,
        String province)
        implements Event {

    public static final String TYPE = "thidua.unit.registered.v1";

    /** A unit without kind, parent or province (the fields the first version of this type had). */
    public UnitRegistered(
            String unitId,
            String code,
            String name,
            String shortName,
            String language,
            boolean active,
            Instant registeredAt) {
        this(unitId, code, name, shortName, language, active, registeredAt, null, null, null);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.UNITS;
    }

    @Override
    public String subject() {
        return unitId;
    }
}
