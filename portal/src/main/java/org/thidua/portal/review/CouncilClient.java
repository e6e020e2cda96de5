package org.thidua.portal.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.thidua.portal.awards.GroundText;
import org.thidua.portal.services.Page;

/** awards-service's councils (ADR 43): a member reads the councils it sits on and casts its ballot; the office closes. */
@Client(id = "awards", path = "/api/v1")
interface CouncilClient {

    @Get("/councils{?page,size}")
    Page<Council> councils(@QueryValue int page, @QueryValue int size);

    @Get("/councils/{id}")
    Council council(String id);

    @Get("/councils/{id}/sessions")
    List<Session> sessions(String id);

    @Get("/councils/{id}/sessions/{sessionId}")
    Session session(String id, String sessionId);

    @Post("/councils/{id}/sessions/{sessionId}/votes")
    void vote(String id, String sessionId, @Body Ballot ballot);

    @Post("/councils/{id}/sessions/{sessionId}/close")
    Session close(String id, String sessionId);

    @Serdeable
    record Council(String id, String name, List<Member> members) {}

    @Serdeable
    record Member(String memberId, String fullName, boolean chair) {}

    @Serdeable
    record Session(
            String id,
            String councilId,
            LocalDate heldOn,
            String state,
            int councilMembers,
            List<Nomination> nominations) {

        public boolean open() {
            return "OPEN".equals(state);
        }
    }

    /** {@code youVoted}: whether the signed-in member has voted on it, never how (ADR 77). */
    @Serdeable
    record Nomination(
            String nominationId,
            String recipientKind,
            @Nullable String nomineeName,
            @Nullable String unitName,
            String titleName,
            List<Ground> grounds,
            int votesCast,
            int thresholdPercent,
            @Nullable Tally tally,
            String state,
            @Nullable Boolean youVoted) {

        public boolean voted() {
            return Boolean.TRUE.equals(youVoted);
        }
    }

    /** One ground; {@code explanationVi}/{@code explanationEn} null for older grounds and the office's reasons. */
    @Serdeable
    record Ground(
            @Nullable String condition,
            boolean passed,
            @Nullable String reason,
            @Nullable String explanationVi,
            @Nullable String explanationEn) {

        /** What the council member reads, in {@code lang} ({@link org.thidua.portal.awards.GroundText}). */
        public String text(String lang) {
            return GroundText.of(lang, explanationVi, explanationEn, reason, condition);
        }
    }

    @Serdeable
    record Tally(int votesFor, int votesAgainst, int abstentions, int councilMembers) {}

    @Serdeable
    record Ballot(String memberId, List<Choice> votes) {}

    @Serdeable
    record Choice(String nominationId, String choice) {}
}
