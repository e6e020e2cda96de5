package org.thidua.contracts.units;

import java.time.Instant;

import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** A person joined a unit as a member (cán bộ, công chức, người lao động). */
public record MemberJoined(
        String unitId,
        String memberId,
        String fullName,
        String position,
        String email,
        Instant occurredAt) implements Event {

    public static final String TYPE = "thidua.member.joined.v1";

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
