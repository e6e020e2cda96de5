package org.thidua.portal.services;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** notifications-service's API, as the pages use it. */
@Client(id = "notifications", path = "/api/v1")
public interface NotificationsClient {

    @Get("/inbox{?unitId,page,size}")
    List<Notice> inbox(@QueryValue String unitId, @QueryValue int page, @QueryValue int size);

    @Get("/inbox/unread-count{?unitId}")
    UnreadCount unread(@QueryValue String unitId);

    @Post("/inbox/{id}/read")
    Notice read(long id);

    @Serdeable
    record Notice(
            long id,
            String eventType,
            String unitId,
            String subject,
            String text,
            String html,
            Instant createdAt,
            @Nullable Instant readAt) {}

    @Serdeable
    record UnreadCount(String unitId, long unread) {}
}
