package org.thidua.contracts.campaigns;

import java.time.Instant;
import java.util.List;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** A covenant (giao ước thi đua) with shared targets was opened for the units of one group to sign. */
public record CovenantOpened(
        String campaignId, String covenantId, String groupId, String text, List<Target> targets, Instant occurredAt)
        implements Event {

    public static final String TYPE = "thidua.covenant.opened.v1";

    /** One shared target the units of the group commit to. */
    public record Target(String code, String description) {}

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.CAMPAIGNS;
    }

    @Override
    public String subject() {
        return campaignId;
    }
}
