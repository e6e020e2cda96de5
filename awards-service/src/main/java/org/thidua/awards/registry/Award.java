package org.thidua.awards.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.thidua.contracts.RecipientKind;

/**
 * One award in the registry: of a decision of this service ({@code source} DECISION), or imported from a past year
 * ({@code source} IMPORT, with the decision number as the office recorded it). {@code activeKey} is
 * title|kind|recipient|year while ACTIVE and null once REVOKED: one achievement, one award. A decided award keeps the
 * {@code bonusMultiple} it was issued with and, when it pays less than multiple × base salary (one achievement, one
 * bonus: ADR 85), the {@code bonusNote} saying why; both null on imports and on awards issued before issue 16.
 */
@MappedEntity("award")
public record Award(
        @Id String id,
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
        Source source,
        AwardState state,
        @Nullable String revokeReason,
        @Nullable String activeKey,
        Instant createdAt,
        @Nullable Instant revokedAt,
        @Nullable BigDecimal bonusMultiple,
        @Nullable String bonusNote) {

    /** Where an award comes from. */
    public enum Source {
        DECISION,
        IMPORT
    }

    public String recipientId() {
        return recipientKind == RecipientKind.MEMBER ? memberId : unitId;
    }

    public Award revoked(String reason, Instant now) {
        return new Award(
                id,
                decisionId,
                decisionNumber,
                nominationId,
                recipientKind,
                unitId,
                memberId,
                titleCode,
                titleName,
                year,
                bonusAmount,
                decidedOn,
                source,
                AwardState.REVOKED,
                reason,
                null,
                createdAt,
                now,
                bonusMultiple,
                bonusNote);
    }
}
