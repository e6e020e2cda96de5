package org.thidua.contracts.groups;

import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** A group's head unit (trưởng khối/cụm) and deputy (phó khối/cụm) for the year were assigned or changed. */
public record GroupLeadershipAssigned(
        String groupId, int year, String headUnitId, String deputyUnitId, Instant occurredAt) implements Event {

    public static final String TYPE = "thidua.group.leadership.assigned.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.GROUPS;
    }

    @Override
    public String subject() {
        return groupId;
    }
}
