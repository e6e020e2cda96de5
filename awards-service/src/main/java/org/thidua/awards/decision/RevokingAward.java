package org.thidua.awards.decision;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.thidua.awards.Dates;
import org.thidua.awards.registry.Award;
import org.thidua.awards.registry.AwardRepository;
import org.thidua.awards.registry.AwardState;
import org.thidua.contracts.awards.AwardRevoked;
import org.thidua.messaging.Outbox;
import org.thidua.web.ProblemException;
import org.thidua.web.Transition;

/** Use case: an award of an issued decision is revoked with a reason; the decision itself stays as issued. */
@Singleton
public class RevokingAward {

    private final AwardRepository awards;
    private final Outbox outbox;

    RevokingAward(AwardRepository awards, Outbox outbox) {
        this.awards = awards;
        this.outbox = outbox;
    }

    @Transactional
    public Award revoke(String decisionId, String awardId, String reason) {
        Award award = awards.findByIdForUpdate(awardId)
                .filter(a -> decisionId.equals(a.decisionId()))
                .orElseThrow(() -> ProblemException.notFound("Award", awardId + " of decision " + decisionId));
        ProblemException.orConflict(
                award.state() == AwardState.ACTIVE
                        ? Transition.to(award.state(), AwardState.REVOKED)
                        : Transition.refused(award.state(), "The award is already REVOKED"));
        String why = ProblemException.requireReason(reason);
        Instant now = Dates.now();
        Award revoked = awards.update(award.revoked(why, now));
        outbox.publish(new AwardRevoked(
                decisionId,
                awardId,
                award.recipientKind(),
                award.unitId(),
                award.memberId(),
                award.titleCode(),
                award.year(),
                why,
                now));
        return revoked;
    }
}
