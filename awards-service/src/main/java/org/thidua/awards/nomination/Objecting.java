package org.thidua.awards.nomination;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.thidua.awards.Dates;
import org.thidua.web.ProblemException;
import org.thidua.web.Transition;

/** Objections to disclosed nominations: filed by anyone with a role, resolved by the office. */
@Singleton
public class Objecting {

    private final NominationRepository nominations;
    private final ObjectionRepository objections;
    private final WithdrawingNomination withdrawing;

    Objecting(NominationRepository nominations, ObjectionRepository objections, WithdrawingNomination withdrawing) {
        this.nominations = nominations;
        this.objections = objections;
        this.withdrawing = withdrawing;
    }

    /**
     * Files {@code filedBy}'s objection, in {@code role}, while the nomination is DISCLOSED (409 otherwise): it blocks
     * the decision until resolved.
     */
    @Transactional
    public Objection file(String nominationId, ObjectionRequest request, String filedBy, Objection.Role role) {
        Nomination nomination = nominations
                .findByIdForUpdate(nominationId)
                .orElseThrow(() -> ProblemException.notFound("Nomination", nominationId));
        if (nomination.state() != NominationState.DISCLOSED) {
            throw ProblemException.invalidState(
                    nomination.state().name(),
                    "Objections are filed against a DISCLOSED " + "nomination; this one is " + nomination.state());
        }
        return objections.save(new Objection(
                UUID.randomUUID().toString(),
                nominationId,
                filedBy,
                role,
                request.text().strip(),
                Objection.State.OPEN,
                null,
                null,
                Dates.now(),
                null));
    }

    /** {@code resolvedBy} resolves an OPEN objection; UPHELD withdraws the nomination with the resolution as reason. */
    @Transactional
    public Objection resolve(String nominationId, String objectionId, ResolutionRequest request, String resolvedBy) {
        Nomination nomination = nominations
                .findByIdForUpdate(nominationId)
                .orElseThrow(() -> ProblemException.notFound("Nomination", nominationId));
        Objection objection = objections
                .findByIdForUpdate(objectionId)
                .filter(o -> o.nominationId().equals(nominationId))
                .orElseThrow(() -> ProblemException.notFound("Objection", objectionId));
        ProblemException.orConflict(
                objection.state() == Objection.State.OPEN
                        ? Transition.to(objection.state(), request.state())
                        : Transition.refused(objection.state(), "The objection is already " + objection.state()));
        String why = ProblemException.requireReason(request.resolution());
        Objection resolved = objections.update(objection.resolved(request.state(), why, resolvedBy, Dates.now()));
        if (request.state() == Objection.State.UPHELD) {
            withdrawing.withdrawLocked(nomination, "Objection upheld: " + why);
        }
        return resolved;
    }
}
