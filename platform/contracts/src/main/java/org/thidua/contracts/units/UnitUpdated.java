package org.thidua.contracts.units;

import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** A unit's details changed; carries the unit's details after the change (not its active flag). */
public record UnitUpdated(
        String unitId,
        String code,
        String name,
        String shortName,
        String language,
        UnitKind kind,
        String parentUnitId,
        String province,
        Instant occurredAt)
        implements Event {

    public static final String TYPE = "thidua.unit.updated.v1";

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
