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
        Instant registeredAt) implements Event {

    public static final String TYPE = "thidua.unit.registered.v1";

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
