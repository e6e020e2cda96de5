package org.thidua.contracts.awards;

import java.time.Instant;

import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** The council approved a nomination (APPROVED); it goes to public disclosure next. */
public record NominationApproved(
        String nominationId,
        String unitId,
        VoteTally tally,
        Instant occurredAt) implements Event {

    public static final String TYPE = "thidua.nomination.approved.v1";

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
