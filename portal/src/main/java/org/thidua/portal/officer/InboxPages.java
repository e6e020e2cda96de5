package org.thidua.portal.officer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thidua.portal.services.NotificationsClient;
import org.thidua.portal.signin.Person;

/** The unit's inbox: its notices, unread first; opening one shows its text and marks it read. */
@Produces(MediaType.TEXT_HTML)
@Controller("/inbox")
@Secured("UNIT_OFFICER")
final class InboxPages {

    private final NotificationsClient notifications;

    InboxPages(NotificationsClient notifications) {
        this.notifications = notifications;
    }

    @Get("{?open}")
    @View("officer/inbox")
    Map<String, Object> inbox(@Nullable @QueryValue Long open, Authentication authentication) {
        Person me = Person.of(authentication);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("notices", unreadFirst(notifications.inbox(me.unitId(), 0, 200)));
        model.put("open", open);
        return model;
    }

    /** Opens a notice: marks it read and shows it. */
    @Post("/{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> read(long id) {
        notifications.read(id);
        return HttpResponse.seeOther(URI.create("/inbox?open=" + id + "#notice-" + id));
    }

    /** Unread notices first, each part newest first. */
    static List<NotificationsClient.Notice> unreadFirst(List<NotificationsClient.Notice> notices) {
        return notices.stream()
                .sorted(Comparator.comparing((NotificationsClient.Notice n) -> n.readAt() != null)
                        .thenComparing(NotificationsClient.Notice::createdAt, Comparator.reverseOrder()))
                .toList();
    }
}
