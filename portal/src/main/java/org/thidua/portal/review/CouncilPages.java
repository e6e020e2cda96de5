package org.thidua.portal.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thidua.portal.signin.Person;
import org.thidua.portal.web.FormErrors;

/**
 * Councils and their sessions (ADR 77): a member sees the councils it sits on, the nominations before an open session
 * by name, title and grounds, and casts its secret ballot; the page says whether it voted, never how anyone voted;
 * once the office closes the session, only the tally. awards-service decides what each person may read.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/councils")
@Secured({"COUNCIL_MEMBER", "ADMIN"})
final class CouncilPages {

    private final CouncilClient councils;

    CouncilPages(CouncilClient councils) {
        this.councils = councils;
    }

    @Get
    @View("review/councils")
    Map<String, Object> list() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("councils", councils.councils(0, 200).items());
        return model;
    }

    @Get("/{id}")
    @View("review/council")
    Map<String, Object> council(String id) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("council", councils.council(id));
        model.put("sessions", councils.sessions(id));
        return model;
    }

    @Get("/{id}/sessions/{sessionId}")
    @View("review/session")
    Map<String, Object> session(String id, String sessionId, @Nullable @QueryValue String done) {
        Map<String, Object> model = page(id, sessionId);
        model.put("done", "voted".equals(done) || "closed".equals(done) ? done : null);
        return model;
    }

    /** The member's ballot on the nominations it has not voted on yet, as itself (the token's member_id). */
    @Post("/{id}/sessions/{sessionId}/votes")
    @Secured("COUNCIL_MEMBER")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> vote(
            String id, String sessionId, @Nullable @Body Map<String, String> typed, Authentication authentication) {
        Person me = Person.of(authentication);
        Map<String, String> form = typed == null ? Map.of() : typed;
        Map<String, Object> model = page(id, sessionId);
        CouncilClient.Session session = (CouncilClient.Session) model.get("session");
        List<CouncilClient.Choice> choices = BallotForm.choices(form, session.nominations());
        if (choices.isEmpty()) {
            model.put("errors", new FormErrors(null, Map.of("ballot", "no choice")));
            model.put("form", form);
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("review/session", model));
        }
        try {
            councils.vote(id, sessionId, new CouncilClient.Ballot(me.memberId(), choices));
        } catch (HttpClientResponseException refusal) {
            return FormErrors.again(refusal, "review/session", model, form);
        }
        return HttpResponse.seeOther(URI.create("/councils/" + id + "/sessions/" + sessionId + "?done=voted"));
    }

    /** The office closes the session: the votes are counted and only the tally is shown from then on. */
    @Post("/{id}/sessions/{sessionId}/close")
    @Secured("ADMIN")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> close(String id, String sessionId) {
        try {
            councils.close(id, sessionId);
        } catch (HttpClientResponseException refusal) {
            return FormErrors.again(refusal, "review/session", page(id, sessionId), Map.of());
        }
        return HttpResponse.seeOther(URI.create("/councils/" + id + "/sessions/" + sessionId + "?done=closed"));
    }

    private Map<String, Object> page(String id, String sessionId) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("council", councils.council(id));
        model.put("session", councils.session(id, sessionId));
        return model;
    }
}
