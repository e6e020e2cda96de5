package org.thidua.contracts.groups;

import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** A block or cluster (khối / cụm thi đua) was created for one year. */
public record GroupCreated(String groupId, Kind kind, int year, String code, String name, Instant occurredAt)
        implements Event {

    public static final String TYPE = "thidua.group.created.v1";

    /** A block (khối thi đua) groups agencies or departments; a cluster (cụm thi đua) groups provinces. */
    public enum Kind {
        BLOCK,
        CLUSTER
    }

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
