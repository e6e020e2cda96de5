package org.thidua.contracts.awards;

import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/**
 * A nomination was withdrawn before a decision (WITHDRAWN, final), e.g. after an upheld objection.
 * <p>{@code nomineeName} (the member's full name, or the unit's name for a collective title), {@code unitName} and
 * {@code titleName} name what the ids mean, for notices; absent in events published before they were added.
 */
public record NominationWithdrawn(
        String nominationId,
        String unitId,
        String reason,
        String nomineeName,
        String unitName,
        String titleName,
        Instant occurredAt)
        implements Event {

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
