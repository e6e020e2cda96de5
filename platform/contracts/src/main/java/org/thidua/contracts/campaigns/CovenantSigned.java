package org.thidua.contracts.campaigns;

import java.time.Instant;
import java.util.List;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** The last unit of the group signed a covenant: every listed unit has signed it. */
public record CovenantSigned(
        String campaignId, String covenantId, String groupId, List<String> unitIds, Instant occurredAt)
        implements Event {

    public static final String TYPE = "thidua.covenant.signed.v1";

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
