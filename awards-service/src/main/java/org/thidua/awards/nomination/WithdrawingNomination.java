package org.thidua.awards.nomination;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.thidua.awards.Dates;
import org.thidua.awards.directory.Directory;
import org.thidua.contracts.awards.NominationWithdrawn;
import org.thidua.messaging.Outbox;
import org.thidua.web.ProblemException;

/** Use case: a nomination is withdrawn, by the office with a reason or after an upheld objection. */
@Singleton
public class WithdrawingNomination {

    private final NominationRepository nominations;
    private final Nominations shared;
    private final Outbox outbox;

    WithdrawingNomination(NominationRepository nominations, Nominations shared, Outbox outbox) {
        this.nominations = nominations;
        this.shared = shared;
        this.outbox = outbox;
    }

    @Transactional
    public Nomination withdraw(String id, String reason) {
        Nomination current =
                nominations.findByIdForUpdate(id).orElseThrow(() -> ProblemException.notFound("Nomination", id));
        ProblemException.orConflict(NominationTransitions.withdraw(current.state()));
        return withdrawLocked(current, ProblemException.requireReason(reason));
    }

    /** Withdraws a nomination the caller has locked (e.g. after an upheld objection). */
    @Transactional
    public Nomination withdrawLocked(Nomination current, String reason) {
        ProblemException.orConflict(NominationTransitions.withdraw(current.state()));
        Instant now = Dates.now();
        Nomination withdrawn = nominations.update(current.withdrawn(reason, now));
        Directory.Names names = shared.names(List.of(withdrawn));
        outbox.publish(new NominationWithdrawn(
                withdrawn.id(),
                withdrawn.unitId(),
                reason,
                Nominations.nomineeName(withdrawn, names),
                names.unit(withdrawn.unitId()),
                withdrawn.titleName(),
                now));
        return withdrawn;
    }
}
