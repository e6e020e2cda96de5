package org.thidua.awards.nomination;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.thidua.awards.directory.Directory;
import org.thidua.contracts.RecipientKind;
import org.thidua.contracts.awards.NominationProposed;
import org.thidua.contracts.awards.VoteTally;

/**
 * A nomination with its grounds; the tally (counts only: votes are secret) once its council session closed. Named for
 * people: {@code nomineeName} (the member's full name, or the unit's name for a collective title) and
 * {@code unitName} from the directory projection (null while units-service has not told them), {@code titleName}
 * in Vietnamese as the rule set names it.
 */
@Serdeable
public record NominationResponse(
        String id,
        @Nullable String campaignId,
        int year,
        RecipientKind recipientKind,
        String unitId,
        @Nullable String memberId,
        @Nullable String nomineeName,
        @Nullable String unitName,
        String titleCode,
        String titleName,
        String ruleSetId,
        int councilThresholdPercent,
        BigDecimal bonusMultiple,
        NominationProposed.Origin origin,
        @Nullable String proposedBy,
        List<Ground> grounds,
        NominationState state,
        @Nullable String sessionId,
        @Nullable VoteTally tally,
        @Nullable LocalDate disclosureStart,
        @Nullable LocalDate disclosureEnd,
        @Nullable String decisionId,
        @Nullable String reason,
        Instant createdAt,
        Instant updatedAt) {

    public static NominationResponse of(Nomination n, Directory.Names names) {
        return new NominationResponse(
                n.id(),
                n.campaignId(),
                n.year(),
                n.recipientKind(),
                n.unitId(),
                n.memberId(),
                Nominations.nomineeName(n, names),
                names.unit(n.unitId()),
                n.titleCode(),
                n.titleName(),
                n.ruleSetId(),
                n.councilThresholdPercent(),
                n.bonusMultiple(),
                n.origin(),
                n.proposedBy(),
                Ground.read(n.grounds()),
                n.state(),
                n.sessionId(),
                n.tally(),
                n.disclosureStart(),
                n.disclosureEnd(),
                n.decisionId(),
                n.reason(),
                n.createdAt(),
                n.updatedAt());
    }
}
