package org.thidua.messaging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

/**
 * Operators (ADMIN, OPERATOR; ADR 93) list what a service's consumers gave up on, find the ones they mean with a
 * filter, and re-drive them once the cause is fixed: a filtered replay is a dry run unless asked otherwise, and every
 * replay is audited.
 */
@Controller("/api/v1/dead-letters")
@Tag(name = "dead letters")
@Validated
@SerdeImport(DeadLetters.DeadLetter.class)
@SerdeImport(DeadLetters.DeadLetterDetail.class)
@SerdeImport(DeadLetters.ReplayResult.class)
@SerdeImport(DeadLetters.ReplayAudit.class)
@ProblemAnswers
public class DeadLetterController {

    /** Earlier or later than this is no time a dead letter can have failed at: a typo, refused. */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private final DeadLetterQueries queries;
    private final DeadLetterReplays replays;

    DeadLetterController(DeadLetterQueries queries, DeadLetterReplays replays) {
        this.queries = queries;
        this.replays = replays;
    }

    /**
     * The dead letters a filter matches, oldest first, each with its headers and payload.
     *
     * @param consumer  the consumer that gave up (e.g. {@code notifications.campaigns})
     * @param eventType the CloudEvents type
     * @param error     a piece of the error, any case
     * @param from      failed at or after this instant (ISO 8601, e.g. {@code 2026-12-05T03:00:00Z})
     * @param to        failed before this instant; after {@code from}
     * @param status    DEAD (waiting) or REPLAYED
     */
    @Get
    List<DeadLetters.DeadLetter> list(
            @QueryValue @Nullable @Size(max = 100) String consumer,
            @QueryValue @Nullable @Size(max = 200) String eventType,
            @QueryValue @Nullable @Size(max = 200) String error,
            @QueryValue @Nullable @Parameter(example = "2026-12-05T03:00:00Z") String from,
            @QueryValue @Nullable @Parameter(example = "2026-12-05T04:00:00Z") String to,
            @QueryValue @Nullable @Pattern(regexp = "DEAD|REPLAYED") String status,
            @QueryValue(defaultValue = "0") @Min(0) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(500) int size) {
        return queries.list(filter(consumer, eventType, error, from, to, status), page, size);
    }

    /** One dead letter with what it carried (headers, payload), to see what failed; 404 for an unknown id. */
    @Get("/{id}")
    DeadLetters.DeadLetterDetail get(long id) {
        return queries.detail(id).orElseThrow(() -> ProblemException.notFound("Dead letter", id));
    }

    /**
     * Replays one dead letter; 409 with the error if it still fails. With {@code dryRun=true} nothing is re-driven
     * (the letter is answered as it is). Audited either way.
     */
    @Post("/{id}/replay")
    DeadLetters.DeadLetter replay(long id, @QueryValue(defaultValue = "false") boolean dryRun) {
        DeadLetters.ReplayOutcome outcome = replays.replayOne(id, dryRun);
        DeadLetters.DeadLetter letter = queries.find(id).orElseThrow();
        if (outcome == DeadLetters.ReplayOutcome.STILL_FAILING) {
            throw ProblemException.invalidState(letter.status(), "Replay failed again: " + letter.replayError());
        }
        return letter;
    }

    /**
     * Replays every waiting (DEAD) letter the filter matches, oldest first: by default a dry run, which re-drives
     * nothing and says which it would ({@code matched}, {@code ids}); with {@code dryRun=false} each is re-driven
     * through its consumer as a single replay is. Audited either way ({@code GET /replays}).
     */
    @Post("/replay")
    DeadLetters.ReplayResult replayAll(
            @QueryValue @Nullable @Size(max = 100) String consumer,
            @QueryValue @Nullable @Size(max = 200) String eventType,
            @QueryValue @Nullable @Size(max = 200) String error,
            @QueryValue @Nullable String from,
            @QueryValue @Nullable String to,
            @QueryValue @Nullable @Pattern(regexp = "DEAD|REPLAYED") String status,
            @QueryValue(defaultValue = "true") boolean dryRun) {
        return replays.replay(filter(consumer, eventType, error, from, to, status), dryRun);
    }

    /** Who replayed what: every replay and dry run of this service's dead letters, newest first. */
    @Get("/replays")
    List<DeadLetters.ReplayAudit> replays(
            @QueryValue(defaultValue = "0") @Min(0) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(500) int size) {
        return replays.replays(page, size);
    }

    private static DeadLetters.Filter filter(
            String consumer, String eventType, String error, String from, String to, String status) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null && end != null && !end.isAfter(start)) {
            throw ProblemException.invalidField("to", "phải sau thời điểm bắt đầu (from) / must be after from");
        }
        return new DeadLetters.Filter(
                blankToNull(consumer), blankToNull(eventType), blankToNull(error), start, end, status);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(
                    field, "không phải thời điểm ISO 8601, ví dụ 2026-12-05T03:00:00Z" + " / not an ISO 8601 instant");
        }
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw ProblemException.invalidField(field, "phải trong khoảng năm 2000 đến 2099 / must lie in 2000-2099");
        }
        return instant;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
