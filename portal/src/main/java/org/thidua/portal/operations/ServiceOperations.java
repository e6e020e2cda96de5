package org.thidua.portal.operations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;

/**
 * What every service answers an operator (issue 17): its status, its dead letters and their replays, its traces. One
 * interface, a declarative client per service ({@link Clients}); lists are read as JSON trees so a list answered as an
 * array or as a page of items reads alike ({@link Answers}).
 */
interface ServiceOperations {

    @Get("/operations/status")
    Answers.Status status();

    @Get("/dead-letters")
    JsonNode deadLetters(
            @Nullable @QueryValue String consumer,
            @Nullable @QueryValue String eventType,
            @Nullable @QueryValue String error,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String status,
            @QueryValue int page,
            @QueryValue int size);

    @Get("/dead-letters/{id}")
    Answers.DeadLetterDetail deadLetter(long id);

    @Post("/dead-letters/{id}/replay")
    JsonNode replay(long id);

    /** A filtered replay of the open letters, or its dry run; the filter in the query as for the list. */
    @Post("/dead-letters/replay")
    Answers.ReplayResult replay(
            @Nullable @QueryValue String consumer,
            @Nullable @QueryValue String eventType,
            @Nullable @QueryValue String error,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @QueryValue boolean dryRun);

    @Get("/dead-letters/replays")
    JsonNode replays();

    @Get("/traces")
    JsonNode traces(@QueryValue String eventId);
}
