package org.thidua.contracts.awards;

import java.time.Instant;
import java.util.List;
import org.thidua.contracts.Event;
import org.thidua.contracts.RecipientKind;
import org.thidua.contracts.Topics;

/**
 * A nomination (hồ sơ đề nghị) for a title or form of commendation was proposed, with its grounds. {@code grounds}:
 * one technical line each (since the first version); {@code groundsVi} / {@code groundsEn}: the same grounds as a
 * person reads them, one line each in the same order, e.g. "Đạt: 8 trên 12 thành viên đạt Lao động tiên tiến: cần trên
 * 50 %" (issue 16, ADR 87; null in events published before).
 */
public record NominationProposed(
        String nominationId,
        String campaignId,
        int year,
        RecipientKind recipientKind,
        String unitId,
        String memberId,
        String titleCode,
        String titleName,
        List<String> grounds,
        Origin origin,
        String ruleSetId,
        Instant occurredAt,
        List<String> groundsVi,
        List<String> groundsEn)
        implements Event {

    public NominationProposed(
            String nominationId,
            String campaignId,
            int year,
            RecipientKind recipientKind,
            String unitId,
            String memberId,
            String titleCode,
            String titleName,
            List<String> grounds,
            Origin origin,
            String ruleSetId,
            Instant occurredAt) {
        this(
                nominationId,
                campaignId,
                year,
                recipientKind,
                unitId,
                memberId,
                titleCode,
                titleName,
                grounds,
                origin,
                ruleSetId,
                occurredAt,
                null,
                null);
    }

    public static final String TYPE = "thidua.nomination.proposed.v1";

    /** Generated from a finalized year-end review by the rule set, or entered by hand. */
    public enum Origin {
        GENERATED,
        MANUAL
    }

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
