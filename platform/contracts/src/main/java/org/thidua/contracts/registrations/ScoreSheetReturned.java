package org.thidua.contracts.registrations;

import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.Topics;

/** A score sheet was returned one step back (SUBMITTED to DRAFT, REVIEWED to SUBMITTED), with the reason. */
public record ScoreSheetReturned(
        String scoreSheetId,
        String registrationId,
        String campaignId,
        String unitId,
        ReviewPeriod period,
        State fromState,
        String reason,
        Instant occurredAt)
        implements Event {

    public static final String TYPE = "thidua.scoresheet.returned.v1";

    /** The state the score sheet was in when it was returned. */
    public enum State {
        SUBMITTED,
        REVIEWED
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.REGISTRATIONS;
    }

    @Override
    public String subject() {
        return registrationId;
    }
}
