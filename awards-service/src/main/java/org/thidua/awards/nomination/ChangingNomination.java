package org.thidua.awards.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.thidua.awards.Dates;
import org.thidua.awards.directory.Directory;
import org.thidua.contracts.awards.NominationDisclosed;
import org.thidua.contracts.awards.NominationWithdrawn;
import org.thidua.messaging.Outbox;
import org.thidua.web.ProblemException;

/** Use cases on nominations after they are made: public disclosure, withdrawal. */
@Singleton
public class ChangingNomination {

    private final NominationRepository nominations;
    private final DisclosureCalendar calendar;
    private final Directory directory;
    private final Outbox outbox;

    ChangingNomination(NominationRepository nominations, DisclosureCalendar calendar, Directory directory,
                       Outbox outbox) {
        this.nominations = nominations;
        this.calendar = calendar;
        this.directory = directory;
        this.outbox = outbox;
    }

    /**
     * Publishes APPROVED nominations for objections from {@code start} (default today) for the configured number of
     * working days; all or none (409 naming the state of the first that is not APPROVED).
     */
    @Transactional
    public List<Nomination> disclose(List<String> ids, @Nullable LocalDate start) {
        List<Nomination> locked = lockAll(ids);
        LocalDate first = calendar.firstWorkingDay(start == null ? Dates.today() : start);
        LocalDate end = calendar.end(first);
        Instant deadline = end.plusDays(1).atStartOfDay(Dates.VIETNAM).toInstant();
        Instant now = Dates.now();
        List<Nomination> disclosed = new ArrayList<>();
        for (Nomination current : locked) {
            ProblemException.orConflict(NominationTransitions.disclose(current.state()));
            disclosed.add(nominations.update(current.disclosed(first, end, now)));
        }
        outbox.publishAll(disclosed.stream().map(n -> new NominationDisclosed(n.id(), n.unitId(), first, end,
                calendar.workingDays(), deadline, directory.disclosureScope(n.unitId(), n.year()), now)).toList());
        return disclosed;
    }

    @Transactional
    public Nomination withdraw(String id, String reason) {
        Nomination current = nominations.findByIdForUpdate(id)
                .orElseThrow(() -> ProblemException.notFound("Nomination", id));
        ProblemException.orConflict(NominationTransitions.withdraw(current.state()));
        return withdrawLocked(current, ProblemException.requireReason(reason));
    }

    /** Withdraws a nomination the caller has locked (e.g. after an upheld objection). */
    @Transactional
    public Nomination withdrawLocked(Nomination current, String reason) {
        ProblemException.orConflict(NominationTransitions.withdraw(current.state()));
        Instant now = Dates.now();
        Nomination withdrawn = nominations.update(current.withdrawn(reason, now));
        outbox.publish(new NominationWithdrawn(withdrawn.id(), withdrawn.unitId(), reason, now));
        return withdrawn;
    }

    /** The nominations, locked in id order; 404 naming the first unknown id. */
    public List<Nomination> lockAll(List<String> ids) {
        Set<String> wanted = new LinkedHashSet<>(ids);
        List<Nomination> locked = nominations.lockAll(wanted);
        if (locked.size() != wanted.size()) {
            Set<String> found = new HashSet<>();
            locked.forEach(n -> found.add(n.id()));
            String missing = wanted.stream().filter(i -> !found.contains(i)).findFirst().orElseThrow();
            throw ProblemException.notFound("Nomination", missing);
        }
        return locked;
    }
}
