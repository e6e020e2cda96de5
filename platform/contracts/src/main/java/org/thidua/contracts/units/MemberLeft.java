package org.thidua.contracts.units;

import java.time.Instant;

import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** A member left a unit (moved, retired); their past results and awards stay in history. */
public record MemberLeft(
        String unitId,
        String memberId,
        Instant occurredAt) implements Event {

    public static final String TYPE = "thidua.member.left.v1";

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
