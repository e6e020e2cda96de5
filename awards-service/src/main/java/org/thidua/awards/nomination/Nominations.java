package org.thidua.awards.nomination;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.thidua.awards.council.CouncilSessionRepository;
import org.thidua.awards.directory.Directory;
import org.thidua.web.ProblemException;

/**
 * What the use cases on existing nominations share (disclosing, withdrawing, the council's votes, decisions): locking
 * a set of them, their nominees' and units' names, and the day their council met.
 */
@Singleton
public class Nominations {

    private final NominationRepository nominations;
    private final Directory directory;
    private final CouncilSessionRepository sessions;

    Nominations(NominationRepository nominations, Directory directory, CouncilSessionRepository sessions) {
        this.nominations = nominations;
        this.directory = directory;
        this.sessions = sessions;
    }

    /** The names of the nominations' units and members, from the directory projection. */
    public Directory.Names names(List<Nomination> nominations) {
        return directory.names(
                nominations.stream().map(Nomination::unitId).toList(),
                nominations.stream()
                        .map(Nomination::memberId)
                        .filter(Objects::nonNull)
                        .toList());
    }

    /** Who is nominated, by name: the member's full name, or the unit's name for a collective title. */
    public static String nomineeName(Nomination n, Directory.Names names) {
        return n.memberId() != null ? names.member(n.memberId()) : names.unit(n.unitId());
    }

    /**
     * The day the council that approved {@code nomination} met (its session's {@code heldOn}, as the minutes date it);
     * empty when it was not approved in a session. A decision is signed on or after it (ADR 85).
     */
    public Optional<LocalDate> sessionHeldOn(Nomination nomination) {
        return Optional.ofNullable(nomination.sessionId())
                .flatMap(sessions::findById)
                .map(s -> s.heldOn());
    }

    /** The nominations, locked in id order; 404 naming the first unknown id. */
    public List<Nomination> lockAll(List<String> ids) {
        Set<String> wanted = new LinkedHashSet<>(ids);
        List<Nomination> locked = nominations.lockAll(wanted);
        if (locked.size() != wanted.size()) {
            Set<String> found = new HashSet<>();
            locked.forEach(n -> found.add(n.id()));
            String missing =
                    wanted.stream().filter(i -> !found.contains(i)).findFirst().orElseThrow();
            throw ProblemException.notFound("Nomination", missing);
        }
        return locked;
    }
}
