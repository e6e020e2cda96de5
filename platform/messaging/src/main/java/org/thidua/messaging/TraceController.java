package org.thidua.messaging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.thidua.messaging.tracing.TraceStore;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

/**
 * The spans this service kept in memory (ADR 0094), for operators following an event: ADMIN's and OPERATOR's
 * (PlatformRoutesRule). The portal's console asks each service and joins the answers by trace.
 */
@Controller("/api/v1/traces")
@Tag(name = "traces")
@Validated
@ProblemAnswers
public class TraceController {

    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

    private final TraceStore store;

    TraceController(TraceStore store) {
        this.store = store;
    }

    /**
     * Every trace with a span of the event {@code eventId} ({@code thidua.event.id}), its spans by start; no spans
     * (and no {@code traceId}) when this service kept none. {@code traceId} is the trace of the earliest span.
     */
    @Get
    @Operation(summary = "The spans of the traces an event went through, kept by this service")
    Trace byEvent(@QueryValue @NotBlank @Pattern(regexp = "[0-9A-Za-z-]{1,64}") String eventId) {
        List<SpanData> spans = store.traces(eventId);
        return new Trace(
                spans.isEmpty() ? null : spans.get(0).getTraceId(),
                spans.stream().map(TraceController::view).toList());
    }

    /** One trace's spans by start; 404 when this service kept none of it. */
    @Get("/{traceId}")
    @Operation(summary = "The spans of one trace kept by this service")
    Trace byId(@Pattern(regexp = "[0-9a-f]{32}") String traceId) {
        List<SpanData> spans = store.trace(traceId);
        if (spans.isEmpty()) {
            throw ProblemException.notFound("Trace", traceId);
        }
        return new Trace(traceId, spans.stream().map(TraceController::view).toList());
    }

    private static SpanView view(SpanData span) {
        Map<String, String> attributes = new LinkedHashMap<>();
        span.getAttributes().forEach((key, value) -> attributes.put(key.getKey(), String.valueOf(value)));
        Resource resource = span.getResource();
        String parent = span.getParentSpanContext().isValid() ? span.getParentSpanId() : null;
        return new SpanView(
                span.getTraceId(),
                span.getSpanId(),
                parent,
                span.getName(),
                resource.getAttributes().get(SERVICE_NAME),
                span.getKind().name(),
                Instant.ofEpochSecond(0, span.getStartEpochNanos()),
                Instant.ofEpochSecond(0, span.getEndEpochNanos()),
                TimeUnit.NANOSECONDS.toMicros(span.getEndEpochNanos() - span.getStartEpochNanos()),
                span.getStatus().getStatusCode().name(),
                attributes);
    }

    /** A trace's spans as this service kept them; {@code traceId} null when there are none. */
    @Serdeable
    public record Trace(@Nullable String traceId, List<SpanView> spans) {}

    /**
     * One span: ids (hex), {@code parentSpanId} null for a trace's root, {@code kind} SERVER, CLIENT, PRODUCER,
     * CONSUMER or INTERNAL, {@code status} UNSET, OK or ERROR, attribute values as text.
     */
    @Serdeable
    public record SpanView(
            String traceId,
            String spanId,
            @Nullable String parentSpanId,
            String name,
            @Nullable String service,
            String kind,
            Instant start,
            Instant end,
            long durationMicros,
            String status,
            Map<String, String> attributes) {}
}
