package org.thidua.contracts.awards;

import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.RecipientKind;
import org.thidua.contracts.Topics;

/** An award of an issued decision was revoked (REVOKED), with the reason; the decision itself stays issued. */
public record AwardRevoked(
        String decisionId,
        String awardId,
        RecipientKind recipientKind,
        String unitId,
        String memberId,
        String titleCode,
        int year,
        String reason,
        Instant occurredAt)
        implements Event {

    public static final String TYPE = "thidua.award.revoked.v1";

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
        return decisionId;
    }
}
