package org.thidua.portal.operations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import java.util.List;

/** The four services' operations routes, each with the person's token (the services' PersonToken filter). */
final class Clients {

    private Clients() {}

    @Client(id = "units", path = "/api/v1")
    interface Units extends ServiceOperations {}

    @Client(id = "campaigns", path = "/api/v1")
    interface Campaigns extends ServiceOperations {}

    @Client(id = "awards", path = "/api/v1")
    interface Awards extends ServiceOperations {}

    /** notifications-service adds its deliveries: the failed ones, per event, and their retries. */
    @Client(id = "notifications", path = "/api/v1")
    interface Notifications extends ServiceOperations {

        @Get("/deliveries")
        List<Answers.Delivery> deliveries(
                @Nullable @QueryValue String state,
                @Nullable @QueryValue String eventId,
                @QueryValue int page,
                @QueryValue int size);

        @Get("/deliveries/counts")
        Answers.EventCounts counts(@QueryValue String eventId);

        @Post("/deliveries/{id}/retry")
        Answers.Delivery retry(long id);

        @Post("/deliveries/retry")
        Answers.RetrySummary retryFailed(@Nullable @QueryValue String eventId);
    }
}
