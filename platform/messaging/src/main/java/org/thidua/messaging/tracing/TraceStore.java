package org.thidua.messaging.tracing;

import io.micronaut.context.annotation.Value;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The in-process span store (ADR 0094): the sampled spans this service ended in the last {@code thidua.tracing.keep}
 * (15 minutes), at most {@code thidua.tracing.max-spans} of them, so that {@code ./thidua up} shows where an event went
 * without a trace server. It is the {@link SpanProcessor} Micronaut's OpenTelemetry factory adds beside the exporters
 * ({@code otel.traces.exporter}); an unsampled span never reaches it.
 */
@Singleton
public class TraceStore implements SpanProcessor {

    private final long keepNanos;
    private final int maxSpans;
    private final ConcurrentLinkedDeque<SpanData> spans = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();

    TraceStore(
            @Value("${thidua.tracing.keep:15m}") Duration keep,
            @Value("${thidua.tracing.max-spans:50000}") int maxSpans) {
        if (keep.isNegative() || keep.isZero() || maxSpans < 1) {
            throw new IllegalArgumentException("thidua.tracing.keep and thidua.tracing.max-spans must be positive");
        }
        this.keepNanos = keep.toNanos();
        this.maxSpans = maxSpans;
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {}

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        if (!span.getSpanContext().isSampled()) {
            return;
        }
        SpanData data = span.toSpanData();
        spans.addLast(data);
        size.incrementAndGet();
        long cutoff = data.getEndEpochNanos() - keepNanos;
        SpanData oldest;
        while ((oldest = spans.peekFirst()) != null && (size.get() > maxSpans || oldest.getEndEpochNanos() < cutoff)) {
            if (spans.remove(oldest)) {
                size.decrementAndGet();
            }
        }
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }

    @Override
    public CompletableResultCode shutdown() {
        spans.clear();
        size.set(0);
        return CompletableResultCode.ofSuccess();
    }

    /** The spans of trace {@code traceId} kept here, by start. */
    public List<SpanData> trace(String traceId) {
        return spans.stream()
                .filter(s -> s.getTraceId().equals(traceId))
                .sorted(Comparator.comparingLong(SpanData::getStartEpochNanos))
                .toList();
    }

    /** The spans of every trace kept here that has a span of event {@code eventId}, by start. */
    public List<SpanData> traces(String eventId) {
        Set<String> traceIds = spans.stream()
                .filter(s -> eventId.equals(s.getAttributes().get(EventSpans.EVENT_ID)))
                .map(SpanData::getTraceId)
                .collect(Collectors.toSet());
        return spans.stream()
                .filter(s -> traceIds.contains(s.getTraceId()))
                .sorted(Comparator.comparingLong(SpanData::getStartEpochNanos))
                .toList();
    }
}
