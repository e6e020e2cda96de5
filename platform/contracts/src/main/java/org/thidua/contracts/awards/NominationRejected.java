package org.thidua.contracts.awards;

import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/**
 * The council rejected a nomination (REJECTED), with the reason.
 * <p>{@code nomineeName} (the member's full name, or the unit's name for a collective title), {@code unitName} and
 * {@code titleName} name what the ids mean, for notices; absent in events published before they were added.
 */
public record NominationRejected(
        String nominationId,
        String unitId,
        VoteTally tally,
        String reason,
        String nomineeName,
        String unitName,
        String titleName,
        Instant occurredAt)
        implements Event {

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
