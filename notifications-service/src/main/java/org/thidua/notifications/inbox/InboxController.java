package org.thidua.notifications.inbox;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.thidua.security.Callers;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

/** A unit's in-app inbox: its notices, unread first. */
@Secured({Roles.ADMIN, Roles.UNIT_OFFICER})
@Controller("/api/v1/inbox")
@Tag(name = "inbox")
@Validated
@SerdeImport(Notices.Notice.class)
@ProblemAnswers
public class InboxController {

    private final Notices notices;
    private final Callers callers;

    InboxController(Notices notices, Callers callers) {
        this.notices = notices;
        this.callers = callers;
    }

    @Get
    @Transactional(readOnly = true)
    List<Notices.Notice> list(
            @QueryValue String unitId,
            @QueryValue(defaultValue = "0") @Min(0) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(500) int size) {
        callers.requireReadingFor(unitId);
        return notices.inbox(unitId, page, size);
    }

    @Get("/unread-count")
    @Transactional(readOnly = true)
    UnreadCount unread(@QueryValue String unitId) {
        callers.requireReadingFor(unitId);
        return new UnreadCount(unitId, notices.unread(unitId));
    }

    /** Marks an item read (the unit's officer, or ADMIN); reading it again changes nothing. */
    @Post("/{id}/read")
    @Transactional
    Notices.Notice read(long id) {
        Notices.Notice notice = notices.find(id).orElseThrow(() -> ProblemException.notFound("Inbox item", id));
        callers.requireActingFor(notice.unitId());
        notices.markRead(id);
        return notices.find(id).orElseThrow();
    }

    @Serdeable
    public record UnreadCount(String unitId, long unread) {}
}
