package org.thidua.contracts.groups;

import java.time.Instant;
import java.util.List;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** Units were added to or removed from a group; carries the members after the change and the difference. */
public record GroupMembershipChanged(
        String groupId, int year, List<String> unitIds, List<String> added, List<String> removed, Instant occurredAt)
        implements Event {

    public static final String TYPE = "thidua.group.membership.changed.v1";

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
