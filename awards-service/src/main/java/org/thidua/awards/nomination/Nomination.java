package org.thidua.awards.nomination;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.thidua.contracts.RecipientKind;
import org.thidua.contracts.awards.NominationProposed;
import org.thidua.contracts.awards.VoteTally;

/**
 * A nomination (hồ sơ đề nghị) of a unit or a member for a title of {@code year}, with its grounds (JSON list of
 * condition outcomes, or the office's reasons for a manual one). The rule set it was made under fixes its title name,
 * council threshold and bonus multiple, so a rule set loaded later changes nothing here. {@code titleKey} is
 * title|kind|recipient|year; {@code activeKey} is the same while the nomination claims its title, null once REJECTED
 * or WITHDRAWN (unique: one achievement, one award).
 */
@MappedEntity("nomination")
public record Nomination(
        @Id String id,
        @Nullable String campaignId,
        @Nullable String evaluationId,
        int year,
        RecipientKind recipientKind,
        String unitId,
        @Nullable String memberId,
        String titleCode,
        String titleName,
        String ruleSetId,
        int councilThresholdPercent,
        BigDecimal bonusMultiple,
        NominationProposed.Origin origin,
        @Nullable String proposedBy,
        String grounds,
        NominationState state,
        @Nullable String sessionId,
        @Nullable Integer votesFor,
        @Nullable Integer votesAgainst,
        @Nullable Integer abstentions,
        @Nullable Integer councilMembers,
        @Nullable LocalDate disclosureStart,
        @Nullable LocalDate disclosureEnd,
        @Nullable String decisionId,
        @Nullable String reason,
        String titleKey,
        @Nullable String activeKey,
        Instant createdAt,
        Instant updatedAt) {

    /** The key that makes a title unique per recipient and year: title|kind|recipient|year. */
    public static String activeKey(String titleCode, RecipientKind kind, String recipientId, int year) {
        return titleCode + "|" + kind + "|" + recipientId + "|" + year;
    }

    public String recipientId() {
        return recipientKind == RecipientKind.MEMBER ? memberId : unitId;
    }

    @Nullable
    public VoteTally tally() {
        return votesFor == null ? null : new VoteTally(votesFor, votesAgainst, abstentions, councilMembers);
    }

    Nomination inState(NominationState next, Instant now) {
        return new Nomination(
                id,
                campaignId,
                evaluationId,
                year,
                recipientKind,
                unitId,
                memberId,
                titleCode,
                titleName,
                ruleSetId,
                councilThresholdPercent,
                bonusMultiple,
                origin,
                proposedBy,
                grounds,
                next,
                sessionId,
                votesFor,
                votesAgainst,
                abstentions,
                councilMembers,
                disclosureStart,
                disclosureEnd,
                decisionId,
                reason,
                titleKey,
                next.holdsTheTitle() ? activeKey : null,
                createdAt,
                now);
    }

    public Nomination inCouncil(String session, Instant now) {
        return new Nomination(
                id,
                campaignId,
                evaluationId,
                year,
                recipientKind,
                unitId,
                memberId,
                titleCode,
                titleName,
                ruleSetId,
                councilThresholdPercent,
                bonusMultiple,
                origin,
                proposedBy,
                grounds,
                NominationState.IN_COUNCIL,
                session,
                votesFor,
                votesAgainst,
                abstentions,
                councilMembers,
                disclosureStart,
                disclosureEnd,
                decisionId,
                reason,
                titleKey,
                activeKey,
                createdAt,
                now);
    }

    public Nomination voted(NominationState verdict, VoteTally tally, @Nullable String why, Instant now) {
        return new Nomination(
                id,
                campaignId,
                evaluationId,
                year,
                recipientKind,
                unitId,
                memberId,
                titleCode,
                titleName,
                ruleSetId,
                councilThresholdPercent,
                bonusMultiple,
                origin,
                proposedBy,
                grounds,
                verdict,
                sessionId,
                tally.votesFor(),
                tally.votesAgainst(),
                tally.abstentions(),
                tally.councilMembers(),
                disclosureStart,
                disclosureEnd,
                decisionId,
                why,
                titleKey,
                verdict.holdsTheTitle() ? activeKey : null,
                createdAt,
                now);
    }

    Nomination disclosed(LocalDate start, LocalDate end, Instant now) {
        return new Nomination(
                id,
                campaignId,
                evaluationId,
                year,
                recipientKind,
                unitId,
                memberId,
                titleCode,
                titleName,
                ruleSetId,
                councilThresholdPercent,
                bonusMultiple,
                origin,
                proposedBy,
                grounds,
                NominationState.DISCLOSED,
                sessionId,
                votesFor,
                votesAgainst,
                abstentions,
                councilMembers,
                start,
                end,
                decisionId,
                reason,
                titleKey,
                activeKey,
                createdAt,
                now);
    }

    public Nomination decided(String decision, Instant now) {
        return new Nomination(
                id,
                campaignId,
                evaluationId,
                year,
                recipientKind,
                unitId,
                memberId,
                titleCode,
                titleName,
                ruleSetId,
                councilThresholdPercent,
                bonusMultiple,
                origin,
                proposedBy,
                grounds,
                NominationState.DECIDED,
                sessionId,
                votesFor,
                votesAgainst,
                abstentions,
                councilMembers,
                disclosureStart,
                disclosureEnd,
                decision,
                reason,
                titleKey,
                activeKey,
                createdAt,
                now);
    }

    Nomination withdrawn(String why, Instant now) {
        return new Nomination(
                id,
                campaignId,
                evaluationId,
                year,
                recipientKind,
                unitId,
                memberId,
                titleCode,
                titleName,
                ruleSetId,
                councilThresholdPercent,
                bonusMultiple,
                origin,
                proposedBy,
                grounds,
                NominationState.WITHDRAWN,
                sessionId,
                votesFor,
                votesAgainst,
                abstentions,
                councilMembers,
                disclosureStart,
                disclosureEnd,
                decisionId,
                why,
                titleKey,
                null,
                createdAt,
                now);
    }
}
