package org.thidua.awards.nomination;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.thidua.awards.Dates;
import org.thidua.awards.council.CouncilSessionRepository;
import org.thidua.awards.directory.Directory;
import org.thidua.contracts.Event;
import org.thidua.contracts.awards.DisclosurePublished;
import org.thidua.contracts.awards.NominationDisclosed;
import org.thidua.messaging.Outbox;
import org.thidua.web.ProblemException;

/** Use case: the office publishes APPROVED nominations for objections (public disclosure). */
@Singleton
public class DisclosingNominations {

    private final NominationRepository nominations;
    private final Nominations shared;
    private final DisclosureWindows windows;
    private final Directory directory;
    private final Outbox outbox;
    private final CouncilSessionRepository sessions;

    DisclosingNominations(
            NominationRepository nominations,
            Nominations shared,
            DisclosureWindows windows,
            Directory directory,
            Outbox outbox,
            CouncilSessionRepository sessions) {
        this.nominations = nominations;
        this.shared = shared;
        this.windows = windows;
        this.directory = directory;
        this.outbox = outbox;
        this.sessions = sessions;
    }

    /**
     * Publishes APPROVED nominations for objections from {@code start} (default today, or the council's approval if
     * later) for the working days of the rule set in force on the window's first day, counted on the holiday calendar
     * (ADR 80); all or none (409 naming the state of the first that is not APPROVED; 400 naming {@code startDate}
     * when it is in the past or before the council approved one of them).
     */
    @Transactional
    public List<Nomination> disclose(List<String> ids, @Nullable LocalDate start) {
        return disclose(ids, start, false);
    }

    /**
     * As {@link #disclose(List, LocalDate)}; {@code onPaper}: the disclosure was already held on paper, before the
     * suite (ADR 86): {@code start} is required and may be past, but not in the future nor before the council's
     * session; the window's end is computed the same way, and no notice is published (the units were told on paper).
     */
    @Transactional
    public List<Nomination> disclose(List<String> ids, @Nullable LocalDate start, boolean onPaper) {
        List<Nomination> locked = shared.lockAll(ids);
        LocalDate today = Dates.today();
        for (Nomination current : locked) {
            ProblemException.orConflict(NominationTransitions.disclose(current.state()));
        }
        LocalDate requested;
        if (onPaper) {
            LocalDate heldOn = locked.stream()
                    .map(n -> shared.sessionHeldOn(n).orElse(today))
                    .max(LocalDate::compareTo)
                    .orElse(today);
            DisclosureStart.paperRefusal(start, today, heldOn).ifPresent(refusal -> {
                throw ProblemException.invalidField("startDate", refusal);
            });
            requested = start;
        } else {
            LocalDate approvedOn = locked.stream()
                    .map(n -> approvedOn(n, today))
                    .max(LocalDate::compareTo)
                    .orElse(today);
            requested = DisclosureStart.requestedOrEarliest(start, today, approvedOn);
            DisclosureStart.refusal(requested, today, approvedOn).ifPresent(refusal -> {
                throw ProblemException.invalidField("startDate", refusal);
            });
        }
        DisclosureWindow window = windows.open(requested);
        LocalDate first = window.first();
        LocalDate end = window.end();
        Instant deadline = end.plusDays(1).atStartOfDay(Dates.VIETNAM).toInstant();
        Instant now = Dates.now();
        List<Nomination> disclosed = new ArrayList<>();
        for (Nomination current : locked) {
            disclosed.add(nominations.update(current.disclosed(first, end, now)));
        }
        if (onPaper) {
            return disclosed;
        }
        Directory.Names names = shared.names(disclosed);
        List<Event> events = new ArrayList<>();
        for (Nomination n : disclosed) {
            events.add(new NominationDisclosed(
                    n.id(),
                    n.unitId(),
                    first,
                    end,
                    window.workingDays(),
                    deadline,
                    directory.disclosureScope(n.unitId(), n.year()),
                    Nominations.nomineeName(n, names),
                    names.unit(n.unitId()),
                    n.titleName(),
                    now));
        }
        events.add(published(disclosed, names, window, deadline, now));
        outbox.publishAll(events);
        return disclosed;
    }

    /** The whole disclosure in one event, so each unit is told of it once (ADR 43). */
    private DisclosurePublished published(
            List<Nomination> disclosed, Directory.Names names, DisclosureWindow window, Instant deadline, Instant now) {
        List<DisclosurePublished.Nominee> nominees = disclosed.stream()
                .sorted(Comparator.comparing(Nomination::year)
                        .thenComparing(Nomination::unitId)
                        .thenComparing(Nomination::id))
                .map(n -> new DisclosurePublished.Nominee(
                        n.id(),
                        n.year(),
                        n.recipientKind(),
                        n.unitId(),
                        n.memberId(),
                        Nominations.nomineeName(n, names),
                        names.unit(n.unitId()),
                        n.titleCode(),
                        n.titleName()))
                .toList();
        List<DisclosurePublished.Group> groups = new ArrayList<>();
        disclosed.stream()
                .collect(Collectors.groupingBy(
                        Nomination::year, TreeMap::new, Collectors.mapping(Nomination::unitId, Collectors.toList())))
                .forEach((year, units) -> directory
                        .groupsWithUnits(units, year)
                        .forEach(g -> groups.add(new DisclosurePublished.Group(g.groupId(), g.year(), g.unitIds()))));
        int year = disclosed.stream().mapToInt(Nomination::year).min().orElseThrow();
        return new DisclosurePublished(
                UUID.randomUUID().toString(),
                year,
                window.first(),
                window.end(),
                window.workingDays(),
                deadline,
                nominees,
                groups,
                now);
    }

    /**
     * The day (Vietnam) the council approved {@code nomination}: its session's date, or the day the session was closed
     * if that is later; today if neither is known.
     */
    private LocalDate approvedOn(Nomination nomination, LocalDate today) {
        return Optional.ofNullable(nomination.sessionId())
                .flatMap(sessions::findById)
                .map(session -> {
                    LocalDate closed =
                            session.closedAt() == null ? today : LocalDate.ofInstant(session.closedAt(), Dates.VIETNAM);
                    return session.heldOn().isAfter(closed) ? session.heldOn() : closed;
                })
                .orElse(today);
    }
}
