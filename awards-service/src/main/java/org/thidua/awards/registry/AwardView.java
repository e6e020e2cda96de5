package org.thidua.awards.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.thidua.contracts.RecipientKind;

/**
 * An award as the registry shows it. {@code bonusAmount} is what it pays; {@code bonusMultiple} the title's multiple
 * in the rule set the decision was issued with; {@code bonusNote} why it pays less than multiple × base salary (one
 * achievement, one bonus: ADR 85). The last two are null on imports and on awards issued before issue 16.
 */
@Serdeable
public record AwardView(
        String id,
        @Nullable String decisionId,
        @Nullable String decisionNumber,
        @Nullable String nominationId,
        RecipientKind recipientKind,
        String unitId,
        @Nullable String memberId,
        String titleCode,
        String titleName,
        int year,
        BigDecimal bonusAmount,
        @Nullable LocalDate decidedOn,
        Award.Source source,
        AwardState state,
        @Nullable String revokeReason,
        @Nullable BigDecimal bonusMultiple,
        @Nullable String bonusNote) {

    public static AwardView of(Award a) {
        return new AwardView(
                a.id(),
                a.decisionId(),
                a.decisionNumber(),
                a.nominationId(),
                a.recipientKind(),
                a.unitId(),
                a.memberId(),
                a.titleCode(),
                a.titleName(),
                a.year(),
                a.bonusAmount(),
                a.decidedOn(),
                a.source(),
                a.state(),
                a.revokeReason(),
                a.bonusMultiple(),
                a.bonusNote());
    }
}
