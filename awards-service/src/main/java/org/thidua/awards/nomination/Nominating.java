package org.thidua.awards.nomination;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.thidua.awards.Dates;
import org.thidua.awards.directory.Directory;
import org.thidua.awards.registry.AwardRepository;
import org.thidua.awards.rules.RuleSet;
import org.thidua.awards.rules.Title;
import org.thidua.awards.rules.TitleKind;
import org.thidua.awards.ruleset.RuleCatalogue;
import org.thidua.contracts.RecipientKind;
import org.thidua.contracts.awards.NominationProposed;
import org.thidua.messaging.Outbox;
import org.thidua.web.ProblemException;

/**
 * Makes nominations: the office's manual ones for extraordinary achievements (validated, 409 when the title is
 * already claimed for that recipient and year), and the rows the eligibility engine's results become.
 */
@Singleton
public class Nominating {

    private final NominationRepository nominations;
    private final AwardRepository awards;
    private final RuleCatalogue catalogue;
    private final Directory directory;
    private final Outbox outbox;

    Nominating(
            NominationRepository nominations,
            AwardRepository awards,
            RuleCatalogue catalogue,
            Directory directory,
            Outbox outbox) {
        this.nominations = nominations;
        this.awards = awards;
        this.catalogue = catalogue;
        this.directory = directory;
        this.outbox = outbox;
    }

    /**
     * A manual nomination by the ADMIN {@code proposedBy} (the token's subject): the title as the rule set in force
     * at the end of {@code year} defines it.
     */
    @Transactional
    public Nomination proposeManually(NominationRequest request, String proposedBy) {
        RuleSet set = catalogue.inForce(LocalDate.of(request.year(), 12, 31));
        Title title = set.title(request.titleCode())
                .orElseThrow(() -> ProblemException.invalidField(
                        "titleCode",
                        "unknown title " + request.titleCode() + " in rule set " + set.id() + "; known: "
                                + set.titles().stream().map(Title::code).toList()));
        RecipientKind kind = title.kind() == TitleKind.INDIVIDUAL ? RecipientKind.MEMBER : RecipientKind.UNIT;
        if (request.recipientKind() != kind) {
            throw ProblemException.invalidField(
                    "recipientKind",
                    title.code() + " is a " + title.kind() + " title, so the recipient must be a " + kind);
        }
        if (!directory.isActiveUnit(request.unitId())) {
            throw ProblemException.invalidField("unitId", "is not an active unit known to awards-service");
        }
        if (kind == RecipientKind.MEMBER) {
            if (request.memberId() == null) {
                throw ProblemException.invalidField("memberId", "is required for a " + title.kind() + " title");
            }
            String unitOfMember = directory.unitOfMember(request.memberId()).orElse(null);
            if (!request.unitId().equals(unitOfMember)) {
                throw ProblemException.invalidField("memberId", "is not an active member of unit " + request.unitId());
            }
        } else if (request.memberId() != null) {
            throw ProblemException.invalidField("memberId", "must be empty for a " + title.kind() + " title");
        }
        String recipient = kind == RecipientKind.MEMBER ? request.memberId() : request.unitId();
        String key = Nomination.activeKey(title.code(), kind, recipient, request.year());
        if (nominations.existsByActiveKey(key) || awards.existsByActiveKey(key)) {
            throw duplicate(title.code(), recipient, request.year());
        }
        Instant now = Dates.now();
        List<Ground> grounds = request.grounds().stream().map(Ground::manual).toList();
        Nomination nomination = nominations.save(new Nomination(
                UUID.randomUUID().toString(),
                null,
                null,
                request.year(),
                kind,
                request.unitId(),
                kind == RecipientKind.MEMBER ? request.memberId() : null,
                title.code(),
                title.nameVi(),
                set.id(),
                title.councilThresholdPercent(),
                title.bonusMultiple(),
                NominationProposed.Origin.MANUAL,
                proposedBy,
                Ground.write(grounds),
                NominationState.PROPOSED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                key,
                key,
                now,
                now));
        outbox.publish(proposed(nomination, grounds, now));
        return nomination;
    }

    public static ProblemException duplicate(String titleCode, String recipient, int year) {
        return ProblemException.duplicate(
                "titleCode",
                titleCode + " of " + year + " is already nominated or awarded " + "to " + recipient
                        + ": one achievement, one award");
    }

    /** A nomination the engine found (PROPOSED, or OVER_CAP: beyond the unit's cap). */
    public static Nomination generated(
            String campaignId,
            String evaluationId,
            int year,
            RuleSet set,
            Title title,
            RecipientKind kind,
            String unitId,
            @Nullable String memberId,
            List<Ground> grounds,
            NominationState state,
            Instant now) {
        String recipient = kind == RecipientKind.MEMBER ? memberId : unitId;
        String key = Nomination.activeKey(title.code(), kind, recipient, year);
        return new Nomination(
                UUID.randomUUID().toString(),
                campaignId,
                evaluationId,
                year,
                kind,
                unitId,
                memberId,
                title.code(),
                title.nameVi(),
                set.id(),
                title.councilThresholdPercent(),
                title.bonusMultiple(),
                NominationProposed.Origin.GENERATED,
                null,
                Ground.write(grounds),
                state,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                key,
                key,
                now,
                now);
    }

    public static NominationProposed proposed(Nomination n, List<Ground> grounds, Instant now) {
        return new NominationProposed(
                n.id(),
                n.campaignId(),
                n.year(),
                n.recipientKind(),
                n.unitId(),
                n.memberId(),
                n.titleCode(),
                n.titleName(),
                grounds.stream().map(Ground::line).toList(),
                n.origin(),
                n.origin() == NominationProposed.Origin.GENERATED ? RuleCatalogue.eventId(n.ruleSetId()) : null,
                now,
                grounds.stream().map(Ground::lineVi).toList(),
                grounds.stream().map(Ground::lineEn).toList());
    }
}
