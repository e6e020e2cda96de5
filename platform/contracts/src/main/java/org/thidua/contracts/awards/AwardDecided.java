package org.thidua.contracts.awards;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.thidua.contracts.Event;
import org.thidua.contracts.RecipientKind;
import org.thidua.contracts.Topics;

/**
 * An award decision (quyết định khen thưởng) was issued: numbered, dated (the day it was signed), signed, listing
 * awards and bonuses. {@code ruleSetId} and {@code baseSalary} (whole VND): the rule set and base salary in force on
 * {@code decisionDate} that the bonuses were computed with (optional: absent from events before issue 16).
 */
public record AwardDecided(
        String decisionId,
        String number,
        LocalDate decisionDate,
        Signer signer,
        List<Award> awards,
        Instant occurredAt,
        String ruleSetId,
        Long baseSalary)
        implements Event {

    public static final String TYPE = "thidua.award.decided.v1";

    /** Who signed the decision. */
    public record Signer(String name, String position) {}

    /**
     * One award of the decision: a title or form of commendation for a unit, or for a member ({@code memberId}) of
     * the unit, for {@code year}, with the bonus in whole VND. {@code bonusMultiple}: the title's multiple in the rule
     * set; {@code bonusNote}: why the bonus is less than multiple × base salary (one achievement, one bonus), in
     * Vietnamese (both optional).
     */
    public record Award(
            String awardId,
            String nominationId,
            RecipientKind recipientKind,
            String unitId,
            String memberId,
            String titleCode,
            String titleName,
            int year,
            long bonusAmount,
            BigDecimal bonusMultiple,
            String bonusNote) {}

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
