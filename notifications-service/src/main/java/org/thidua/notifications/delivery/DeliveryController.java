package org.thidua.notifications.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import org.thidua.notifications.routing.FanoutChunks;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

/** Operators follow a fan-out and retry what failed. */
@Secured({Roles.ADMIN, Roles.OPERATOR})
@Controller("/api/v1/deliveries")
@Tag(name = "deliveries")
@Validated
@ProblemAnswers
public class DeliveryController {

    private final Deliveries deliveries;
    private final FanoutChunks chunks;

    DeliveryController(Deliveries deliveries, FanoutChunks chunks) {
        this.deliveries = deliveries;
        this.chunks = chunks;
    }

    /** Deliveries by state, event or unit, oldest first. */
    @Get
    @Transactional(readOnly = true)
    List<Deliveries.Delivery> list(
            @QueryValue @Nullable DeliveryState state,
            @QueryValue @Nullable String eventId,
            @QueryValue @Nullable String unitId,
            @QueryValue(defaultValue = "0") @Min(0) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(500) int size) {
        return deliveries.list(state, eventId, unitId, page, size);
    }

    @Get("/{id}")
    @Transactional(readOnly = true)
    Deliveries.Delivery get(long id) {
        return deliveries.find(id).orElseThrow(() -> ProblemException.notFound("Delivery", id));
    }

    /**
     * How far the fan-out of one event has got: its deliveries per state, and the units of a large fan-out not yet
     * given their notice and deliveries (still in chunks).
     */
    @Secured({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Get("/counts")
    @Transactional(readOnly = true)
    EventCounts counts(@QueryValue String eventId) {
        Map<DeliveryState, Long> counts = deliveries.counts(eventId);
        return new EventCounts(
                eventId,
                counts.values().stream().mapToLong(Long::longValue).sum(),
                counts,
                chunks.unitsWaiting(eventId));
    }

    /** Sends a FAILED delivery again (409 in any other state). */
    @Post("/{id}/retry")
    @Transactional
    Deliveries.Delivery retry(long id) {
        Deliveries.Delivery delivery = deliveries.find(id).orElseThrow(() -> ProblemException.notFound("Delivery", id));
        if (!deliveries.retry(id)) {
            throw ProblemException.invalidState(delivery.state().name(), "Only a FAILED delivery can be retried");
        }
        return deliveries.find(id).orElseThrow();
    }

    /** Sends every FAILED delivery again, of one event when {@code eventId} is given. */
    @Post("/retry")
    @Transactional
    RetrySummary retryFailed(@QueryValue @Nullable String eventId) {
        return new RetrySummary(eventId, deliveries.retryFailed(eventId));
    }

    @Serdeable
    public record EventCounts(String eventId, long total, Map<DeliveryState, Long> byState, long unitsWaiting) {}

    @Serdeable
    public record RetrySummary(@Nullable String eventId, int retried) {}
}
