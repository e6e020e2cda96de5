package org.thidua.contracts.units;

import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** A unit was deactivated: it stays in history but is no longer in scope of new campaigns or notices. */
public record UnitDeactivated(String unitId, String reason, Instant occurredAt) implements Event {

    public static final String TYPE = "thidua.unit.deactivated.v1";

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
