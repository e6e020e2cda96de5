package org.thidua.contracts.awards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.thidua.contracts.Event;
import org.thidua.contracts.RecipientKind;
import org.thidua.contracts.Topics;

/** An award decision (quyết định khen thưởng) was issued: numbered, dated, signed, listing awards and bonuses. */
public record AwardDecided(
        String decisionId,
        String number,
        LocalDate decisionDate,
        Signer signer,
        List<Award> awards,
        Instant occurredAt) implements Event {

    public static final String TYPE = "thidua.award.decided.v1";

    /** Who signed the decision. */
    public record Signer(String name, String position) {
    }

    /**
     * One award of the decision: a title or form of commendation for a unit, or for a member ({@code memberId}) of
     * the unit, for {@code year}, with the bonus in whole VND.
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
            long bonusAmount) {
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
        return decisionId;
    }
}
