package org.thidua.awards.council;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.thidua.awards.Dates;
import org.thidua.awards.directory.Directory;
import org.thidua.awards.nomination.Nomination;
import org.thidua.awards.nomination.NominationRepository;
import org.thidua.awards.nomination.NominationState;
import org.thidua.awards.nomination.NominationTransitions;
import org.thidua.awards.nomination.Nominations;
import org.thidua.contracts.Event;
import org.thidua.contracts.awards.NominationApproved;
import org.thidua.contracts.awards.NominationRejected;
import org.thidua.contracts.awards.VoteTally;
import org.thidua.messaging.Outbox;
import org.thidua.persistence.Sql;
import org.thidua.persistence.Where;
import org.thidua.web.ProblemException;
import org.thidua.web.Transition;

/** Use cases of the council: form it, convene a session over nominations, vote, close the session. */
@Singleton
public class Councils {

    private final CouncilRepository councils;
    private final CouncilMemberRepository members;
    private final CouncilSessionRepository sessions;
    private final VoteRepository votes;
    private final NominationRepository nominations;
    private final Nominations nominees;
    private final Outbox outbox;
    private final JdbcOperations jdbc;

    Councils(
            CouncilRepository councils,
            CouncilMemberRepository members,
            CouncilSessionRepository sessions,
            VoteRepository votes,
            NominationRepository nominations,
            Nominations nominees,
            Outbox outbox,
            JdbcOperations jdbc) {
        this.jdbc = jdbc;
        this.councils = councils;
        this.members = members;
        this.sessions = sessions;
        this.votes = votes;
        this.nominations = nominations;
        this.nominees = nominees;
        this.outbox = outbox;
    }

    @Transactional
    public Council form(CouncilRequests.Forming request) {
        long chairs =
                request.members().stream().filter(CouncilRequests.Member::chair).count();
        if (chairs != 1) {
            throw ProblemException.invalidField("members", "exactly one member must be the chair, found " + chairs);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.members().size(); i++) {
            if (!seen.add(request.members().get(i).memberId())) {
                throw ProblemException.invalidField("members[" + i + "].memberId", "is listed twice");
            }
        }
        Council council = councils.save(
                new Council(UUID.randomUUID().toString(), request.name().strip(), Dates.now()));
        members.saveAll(request.members().stream()
                .map(m -> new CouncilMember(
                        null, council.id(), m.memberId(), m.fullName().strip(), m.chair()))
                .toList());
        return council;
    }

    /** One page of the councils {@code readable} keeps (all when null), newest first, and how many there are. */
    @Transactional(readOnly = true)
    public CouncilPage list(@Nullable AwardsReads.Filter readable, int page, int size) {
        Where where = Where.of();
        if (readable != null) {
            where.and(readable.sql(), readable.parameters().toArray());
        }
        long total = Sql.count(
                jdbc,
                "SELECT COUNT(*) FROM council" + where.sql(),
                where.parameters().toArray());
        List<Object> paged = where.parameters(size, (long) page * size);
        List<Council> found = jdbc.prepareStatement(
                "SELECT * FROM council" + where.sql() + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?", s -> {
                    Sql.bind(s, paged);
                    List<Council> rows = new ArrayList<>();
                    try (var rs = s.executeQuery()) {
                        while (rs.next()) {
                            rows.add(jdbc.readEntity(rs, Council.class));
                        }
                    }
                    return rows;
                });
        return new CouncilPage(found, total);
    }

    /** One page of councils and the number of councils on all pages. */
    public record CouncilPage(List<Council> councils, long total) {}

    public Council council(String id) {
        return councils.findById(id).orElseThrow(() -> ProblemException.notFound("Council", id));
    }

    /** A session over PROPOSED nominations (409 naming the state of one that is not), which go IN_COUNCIL. */
    @Transactional
    public CouncilSession convene(String councilId, CouncilRequests.Convening request) {
        council(councilId);
        CouncilSession session = sessions.save(new CouncilSession(
                UUID.randomUUID().toString(),
                councilId,
                request.heldOn() == null ? Dates.today() : request.heldOn(),
                CouncilSession.State.OPEN,
                (int) members.countByCouncilId(councilId),
                Dates.now(),
                null));
        Instant now = Dates.now();
        for (Nomination n : nominees.lockAll(request.nominationIds())) {
            ProblemException.orConflict(NominationTransitions.toCouncil(n.state()));
            nominations.update(n.inCouncil(session.id(), now));
        }
        return session;
    }

    public CouncilSession session(String councilId, String sessionId) {
        return sessions.findById(sessionId)
                .filter(s -> s.councilId().equals(councilId))
                .orElseThrow(() -> ProblemException.notFound("Council session", sessionId));
    }

    /**
     * Records one member's ballot, all or nothing: 400 naming {@code memberId} for a non-member and the nomination of
     * a vote outside the session, 409 for a second vote on a nomination or a CLOSED session.
     */
    @Transactional
    public int vote(String councilId, String sessionId, CouncilRequests.Ballot ballot) {
        CouncilSession session = lockOpen(councilId, sessionId);
        if (!members.existsByCouncilIdAndMemberId(councilId, ballot.memberId())) {
            throw ProblemException.invalidField(
                    "memberId", ballot.memberId() + " is not a member of council " + councilId);
        }
        Set<String> inSession = nominations.findBySessionIdOrderById(session.id()).stream()
                .filter(n -> n.state() == NominationState.IN_COUNCIL)
                .map(Nomination::id)
                .collect(Collectors.toSet());
        Set<String> onBallot = new HashSet<>();
        List<Vote> toSave = new ArrayList<>();
        for (int i = 0; i < ballot.votes().size(); i++) {
            CouncilRequests.Choice choice = ballot.votes().get(i);
            String field = "votes[" + i + "].nominationId";
            if (!inSession.contains(choice.nominationId())) {
                throw ProblemException.invalidField(
                        field, "nomination " + choice.nominationId() + " is not before this session");
            }
            if (!onBallot.add(choice.nominationId())
                    || votes.existsBySessionIdAndNominationIdAndMemberId(
                            sessionId, choice.nominationId(), ballot.memberId())) {
                throw ProblemException.duplicate(
                        field,
                        ballot.memberId() + " has already voted on nomination " + choice.nominationId()
                                + "; a vote is cast once");
            }
            toSave.add(new Vote(null, sessionId, choice.nominationId(), ballot.memberId(), choice.choice()));
        }
        votes.saveAll(toSave);
        return toSave.size();
    }

    /**
     * Closes the session: each nomination is APPROVED when its approvals reach its title's threshold counted against
     * all council members, REJECTED otherwise; only the tallies are published.
     */
    @Transactional
    public CouncilSession close(String councilId, String sessionId) {
        CouncilSession session = lockOpen(councilId, sessionId);
        Map<String, List<Vote.Choice>> byNomination = votes.findBySessionId(sessionId).stream()
                .collect(Collectors.groupingBy(
                        Vote::nominationId, Collectors.mapping(Vote::choice, Collectors.toList())));
        Instant now = Dates.now();
        List<Nomination> before = nominations.findBySessionIdOrderById(sessionId).stream()
                .filter(n -> n.state() == NominationState.IN_COUNCIL)
                .toList();
        List<Event> events = new ArrayList<>();
        List<Nomination> locked =
                nominees.lockAll(before.stream().map(Nomination::id).toList());
        Directory.Names names = nominees.names(locked);
        for (Nomination n : locked) {
            VoteTally tally = VoteCount.tally(byNomination.getOrDefault(n.id(), List.of()), session.members());
            boolean passed = VoteCount.passes(tally, n.councilThresholdPercent());
            NominationState verdict =
                    ProblemException.orConflict(NominationTransitions.councilVerdict(n.state(), passed));
            String why = VoteCount.explain(tally, n.councilThresholdPercent());
            nominations.update(n.voted(verdict, tally, passed ? null : why, now));
            String nominee = Nominations.nomineeName(n, names);
            String unitName = names.unit(n.unitId());
            events.add(
                    passed
                            ? new NominationApproved(n.id(), n.unitId(), tally, nominee, unitName, n.titleName(), now)
                            : new NominationRejected(
                                    n.id(), n.unitId(), tally, why, nominee, unitName, n.titleName(), now));
        }
        outbox.publishAll(events);
        return sessions.update(session.closed(now));
    }

    private CouncilSession lockOpen(String councilId, String sessionId) {
        CouncilSession session = sessions.findByIdForUpdate(sessionId)
                .filter(s -> s.councilId().equals(councilId))
                .orElseThrow(() -> ProblemException.notFound("Council session", sessionId));
        ProblemException.orConflict(
                session.state() == CouncilSession.State.OPEN
                        ? Transition.to(session.state(), CouncilSession.State.OPEN)
                        : Transition.refused(session.state(), "The session is CLOSED; its votes are final"));
        return session;
    }

    public List<CouncilMember> members(String councilId) {
        return members.findByCouncilIdOrderById(councilId);
    }

    public List<CouncilSession> sessions(String councilId) {
        return sessions.findByCouncilIdOrderByCreatedAt(councilId);
    }

    /** The counts per nomination of the session (who voted how is never shown). */
    public Map<String, List<Vote.Choice>> choices(String sessionId) {
        return votes.findBySessionId(sessionId).stream()
                .collect(Collectors.groupingBy(
                        Vote::nominationId, Collectors.mapping(Vote::choice, Collectors.toList())));
    }

    /** The nominations of the session {@code memberId} has voted on: whether, never how (ADR 77). */
    public Set<String> votedBy(String sessionId, String memberId) {
        return votes.findBySessionId(sessionId).stream()
                .filter(v -> v.memberId().equals(memberId))
                .map(Vote::nominationId)
                .collect(Collectors.toSet());
    }

    public List<Nomination> nominationsOf(String sessionId) {
        return nominations.findBySessionIdOrderById(sessionId);
    }
}
