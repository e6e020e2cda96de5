package org.thidua.messaging;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

/** Operators list what a service's consumers gave up on and re-drive it once the cause is fixed. */
@Controller("/api/v1/dead-letters")
@Tag(name = "dead letters")
@Validated
@SerdeImport(DeadLetters.DeadLetter.class)
@SerdeImport(DeadLetters.DeadLetterDetail.class)
@ProblemAnswers
public class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Get
    List<DeadLetters.DeadLetter> list(@QueryValue @Nullable @Pattern(regexp = "DEAD|REPLAYED") String status,
                                      @QueryValue @Nullable String eventType,
                                      @QueryValue(defaultValue = "0") @Min(0) int page,
                                      @QueryValue(defaultValue = "20") @Min(1) @Max(500) int size) {
        return deadLetters.list(status, eventType, page, size);
    }

    /** One dead letter with what it carried (headers, payload), to see what failed; 404 for an unknown id. */
    @Get("/{id}")
    DeadLetters.DeadLetterDetail get(long id) {
        return deadLetters.detail(id).orElseThrow(() -> ProblemException.notFound("Dead letter", id));
    }

    /** Replays one dead letter; 409 with the error if it still fails. */
    @Post("/{id}/replay")
    DeadLetters.DeadLetter replay(long id) {
        DeadLetters.ReplayOutcome outcome = deadLetters.replay(id);
        DeadLetters.DeadLetter letter = deadLetters.find(id).orElseThrow();
        if (outcome == DeadLetters.ReplayOutcome.STILL_FAILING) {
            throw ProblemException.invalidState(letter.status(), "Replay failed again: " + letter.replayError());
        }
        return letter;
    }

    /** Replays every dead letter of one event type (all types without {@code eventType}). */
    @Post("/replay")
    ReplaySummary replayAll(@QueryValue @Nullable String eventType) {
        Map<DeadLetters.ReplayOutcome, Integer> counts = deadLetters.replayAll(eventType);
        return new ReplaySummary(counts.getOrDefault(DeadLetters.ReplayOutcome.REPLAYED, 0),
                counts.getOrDefault(DeadLetters.ReplayOutcome.STILL_FAILING, 0));
    }

    @Serdeable
    public record ReplaySummary(int replayed, int stillFailing) {
    }
}
