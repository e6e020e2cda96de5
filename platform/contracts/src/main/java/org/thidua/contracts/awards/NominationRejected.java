package org.thidua.contracts.awards;

import java.time.Instant;

import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** The council rejected a nomination (REJECTED), with the reason. */
public record NominationRejected(
        String nominationId,
        String unitId,
        VoteTally tally,
        String reason,
        Instant occurredAt) implements Event {

    public static final String TYPE = "thidua.nomination.rejected.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.AWARDS;
    }

    @Override
    public String subject() {
        return nominationId;
    }
}
