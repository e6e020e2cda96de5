package org.thidua.contracts.awards;

import java.time.Instant;

import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** A nomination was withdrawn before a decision (WITHDRAWN, final), e.g. after an upheld objection. */
public record NominationWithdrawn(
        String nominationId,
        String unitId,
        String reason,
        Instant occurredAt) implements Event {

    public static final String TYPE = "thidua.nomination.withdrawn.v1";

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
