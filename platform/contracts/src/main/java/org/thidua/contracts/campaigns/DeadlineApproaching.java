package org.thidua.contracts.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import org.thidua.contracts.Event;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.Topics;

/** A unit has not yet registered or submitted its score sheet and the deadline is near. */
public record DeadlineApproaching(
        String campaignId,
        String unitId,
        Kind kind,
        ReviewPeriod period,
        LocalDate deadline,
        int daysLeft,
        Instant occurredAt)
        implements Event {

    public static final String TYPE = "thidua.deadline.approaching.v1";

    /** What is due: the unit's registration, or its score sheet for {@code period}. */
    public enum Kind {
        REGISTRATION,
        SCORE_SHEET
    }

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
