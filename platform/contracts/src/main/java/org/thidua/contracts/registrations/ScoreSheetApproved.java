package org.thidua.contracts.registrations;

import java.math.BigDecimal;
import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.Topics;

/** The emulation office approved a reviewed score sheet (APPROVED, final); its points count in the period's ranking. */
public record ScoreSheetApproved(
        String scoreSheetId,
        String registrationId,
        String campaignId,
        String unitId,
        ReviewPeriod period,
        BigDecimal approvedPoints,
        Instant occurredAt)
        implements Event {

    public static final String TYPE = "thidua.scoresheet.approved.v1";

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
