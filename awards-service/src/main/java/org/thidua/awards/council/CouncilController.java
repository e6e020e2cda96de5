package org.thidua.awards.council;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thidua.awards.directory.Directory;
import org.thidua.awards.nomination.Ground;
import org.thidua.awards.nomination.Nomination;
import org.thidua.awards.nomination.NominationState;
import org.thidua.awards.nomination.Nominations;
import org.thidua.contracts.RecipientKind;
import org.thidua.contracts.awards.VoteTally;
import org.thidua.security.Caller;
import org.thidua.security.Callers;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

/**
 * ADMIN forms councils and runs sessions; only a council member votes, as itself; the office and a council's members
 * read it (ADR 65), the list shows each caller the councils it reads.
 */
@Secured(Roles.ADMIN)
@Controller("/api/v1/councils")
@Tag(name = "council")
@Validated
@ProblemAnswers
public class CouncilController {

    private final Councils councils;
    private final Callers callers;
    private final AwardsReads reads;
    private final Nominations nominees;

    CouncilController(Councils councils, Callers callers, AwardsReads reads, Nominations nominees) {
        this.nominees = nominees;
        this.councils = councils;
        this.callers = callers;
        this.reads = reads;
    }

    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<CouncilResponse> form(@Body @Valid CouncilRequests.Forming request) {
        Council council = councils.form(request);
        return HttpResponse.created(view(council), URI.create("/api/v1/councils/" + council.id()));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("{?page,size}")
    @Operation(summary = "Councils, newest first", description = """
            The office reads every council; a council member the councils it sits on; anyone else an empty list \
            (ADR 65). total counts the councils on all pages.""")
    CouncilPageResponse list(
            @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
        Councils.CouncilPage found = councils.list(reads.councilFilter(), page, size);
        return new CouncilPageResponse(found.councils().stream().map(this::view).toList(), page, size, found.total());
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{id}")
    CouncilResponse get(String id) {
        Council council = councils.council(id);
        reads.requireCouncil(id);
        return view(council);
    }

    @Post("/{id}/sessions")
    @Status(HttpStatus.CREATED)
    HttpResponse<SessionResponse> convene(String id, @Body @Valid CouncilRequests.Convening request) {
        CouncilSession session = councils.convene(id, request);
        return HttpResponse.created(view(session), URI.create("/api/v1/councils/" + id + "/sessions/" + session.id()));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{id}/sessions")
    List<SessionResponse> sessions(String id) {
        councils.council(id);
        reads.requireCouncil(id);
        return councils.sessions(id).stream().map(this::view).toList();
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{id}/sessions/{sessionId}")
    SessionResponse session(String id, String sessionId) {
        CouncilSession session = councils.session(id, sessionId);
        reads.requireCouncil(id);
        return view(session);
    }

    @Secured(Roles.COUNCIL_MEMBER)
    @Post("/{id}/sessions/{sessionId}/votes")
    @Operation(summary = "Cast one member's ballot (COUNCIL_MEMBER, as itself)", description = """
            Each member votes APPROVE, REJECT or ABSTAIN once per nomination. Votes are secret: the answer and every \
            read show counts only. memberId must be the token's member_id (403 otherwise, and for any caller who \
            is not a council member); 400 for a member not on this council or a nomination not before the \
            session, 409 for a second vote or a closed session.""")
    BallotReceipt vote(String id, String sessionId, @Body @Valid CouncilRequests.Ballot ballot) {
        callers.requireVotingAs(ballot.memberId());
        int recorded = ProblemException.duplicateOnUniqueKey(
                "memberId",
                ballot.memberId() + " has already voted on one of these nominations; a vote is cast once",
                () -> councils.vote(id, sessionId, ballot));
        return new BallotReceipt(sessionId, ballot.memberId(), recorded);
    }

    @Post("/{id}/sessions/{sessionId}/close")
    SessionResponse close(String id, String sessionId) {
        return view(councils.close(id, sessionId));
    }

    private CouncilResponse view(Council council) {
        return new CouncilResponse(council.id(), council.name(), councils.members(council.id()), council.createdAt());
    }

    /** While OPEN only the number of votes cast per nomination; once CLOSED the tally and the verdict. */
    private SessionResponse view(CouncilSession session) {
        Map<String, List<Vote.Choice>> choices = councils.choices(session.id());
        Caller caller = callers.current();
        Set<String> votedByCaller = caller.roles().contains(Roles.COUNCIL_MEMBER) && caller.memberId() != null
                ? councils.votedBy(session.id(), caller.memberId())
                : null;
        boolean closed = session.state() == CouncilSession.State.CLOSED;
        List<Nomination> before = councils.nominationsOf(session.id());
        Directory.Names names = nominees.names(before);
        List<SessionNomination> items = before.stream()
                .map(n -> {
                    List<Vote.Choice> cast = choices.getOrDefault(n.id(), List.of());
                    return new SessionNomination(
                            n.id(),
                            n.titleCode(),
                            n.recipientId(),
                            n.councilThresholdPercent(),
                            n.state(),
                            cast.size(),
                            closed ? VoteCount.tally(cast, session.members()) : null,
                            n.recipientKind(),
                            Nominations.nomineeName(n, names),
                            n.unitId(),
                            names.unit(n.unitId()),
                            n.titleName(),
                            Ground.read(n.grounds()),
                            votedByCaller == null ? null : votedByCaller.contains(n.id()));
                })
                .toList();
        return new SessionResponse(
                session.id(),
                session.councilId(),
                session.heldOn(),
                session.state(),
                session.members(),
                items,
                session.createdAt(),
                session.closedAt());
    }

    @Serdeable
    public record CouncilResponse(String id, String name, List<CouncilMember> members, Instant createdAt) {}

    @Serdeable
    public record SessionResponse(
            String id,
            String councilId,
            LocalDate heldOn,
            CouncilSession.State state,
            int councilMembers,
            List<SessionNomination> nominations,
            Instant createdAt,
            @Nullable Instant closedAt) {}

    /**
     * A nomination before the session, named: who, of which unit, for which title, on which grounds; {@code youVoted}
     * tells a council member whether it has cast its own vote on it (never how; null for a caller who is not a member,
     * ADR 77).
     */
    @Serdeable
    public record SessionNomination(
            String nominationId,
            String titleCode,
            String recipientId,
            int thresholdPercent,
            NominationState state,
            int votesCast,
            @Nullable VoteTally tally,
            RecipientKind recipientKind,
            @Nullable String nomineeName,
            String unitId,
            @Nullable String unitName,
            String titleName,
            List<Ground> grounds,
            @Nullable Boolean youVoted) {}

    /** One page of councils; page counts from 0, total counts the councils on all pages. */
    @Serdeable
    public record CouncilPageResponse(List<CouncilResponse> items, int page, int size, long total) {}

    @Serdeable
    public record BallotReceipt(String sessionId, String memberId, int votesRecorded) {}
}
