package org.thidua.contracts.units;

import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/**
 * A member left a unit (moved, retired); their past results and awards stay in history.
 *
 * <p>{@code version} is the member's version after the change: units-service increments it on every change of the
 * member (a move is two changes, left then joined), so a consumer applies a member event only when its version is
 * newer than the one it holds, whatever the order of partitions. Null in events published before issue 14.
 */
public record MemberLeft(String unitId, String memberId, Instant occurredAt, Long version) implements Event {

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
