package org.thidua.contracts.registrations;

import java.math.BigDecimal;
import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.Topics;

/** A unit submitted its self-assessed score sheet (bảng chấm điểm) for one review period (SUBMITTED). */
public record ScoreSheetSubmitted(
        String scoreSheetId,
        String registrationId,
        String campaignId,
        String unitId,
        ReviewPeriod period,
        BigDecimal selfAssessedPoints,
        Instant occurredAt)
        implements Event {

    public static final String TYPE = "thidua.scoresheet.submitted.v1";

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
