package org.thidua.messaging.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The in-process store keeps the sampled spans of the last minutes, at most so many, and finds them by event. */
class TraceStoreTest {

    @Test
    void keepsTheSpansOfTheWindowAndFindsEveryTraceOfAnEvent() {
        TraceStore store = new TraceStore(Duration.ofMinutes(15), 1_000);
        Tracer tracer = tracer(store, Sampler.alwaysOn());
        // a span that ended 16 minutes before the next one falls out of the 15-minute window
        long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        Span old = tracer.spanBuilder("old")
                .setStartTimestamp(now - TimeUnit.MINUTES.toNanos(17), TimeUnit.NANOSECONDS)
                .setAttribute(EventSpans.EVENT_ID, "e-1")
                .startSpan();
        old.end(now - TimeUnit.MINUTES.toNanos(16), TimeUnit.NANOSECONDS);
        Span root = tracer.spanBuilder("launch")
                .setAttribute(EventSpans.EVENT_ID, "e-1")
                .startSpan();
        Span child = tracer.spanBuilder("publish")
                .setParent(Context.root().with(root))
                .startSpan();
        child.end();
        root.end();
        Span other = tracer.spanBuilder("unrelated")
                .setAttribute(EventSpans.EVENT_ID, "e-2")
                .startSpan();
        other.end();

        assertThat(store.traces("e-1")).extracting(SpanData::getName).containsExactly("launch", "publish");
        assertThat(store.trace(root.getSpanContext().getTraceId()))
                .extracting(SpanData::getSpanId)
                .containsExactly(
                        root.getSpanContext().getSpanId(),
                        child.getSpanContext().getSpanId());
        assertThat(store.traces("e-3")).isEmpty();
    }

    @Test
    void keepsAtMostTheNewestSpansOfItsCap() {
        TraceStore store = new TraceStore(Duration.ofMinutes(15), 3);
        Tracer tracer = tracer(store, Sampler.alwaysOn());
        for (int i = 1; i <= 5; i++) {
            tracer.spanBuilder("span " + i)
                    .setAttribute(EventSpans.EVENT_ID, "e")
                    .startSpan()
                    .end();
        }
        assertThat(store.traces("e")).extracting(SpanData::getName).containsExactly("span 3", "span 4", "span 5");
    }

    @Test
    void anUnsampledSpanIsNotKept() {
        TraceStore store = new TraceStore(Duration.ofMinutes(15), 100);
        tracer(store, Sampler.alwaysOff())
                .spanBuilder("dropped")
                .setAttribute(EventSpans.EVENT_ID, "e")
                .startSpan()
                .end();
        assertThat(store.traces("e")).isEmpty();
    }

    private static Tracer tracer(TraceStore store, Sampler sampler) {
        return SdkTracerProvider.builder()
                .addSpanProcessor(store)
                .setSampler(sampler)
                .build()
                .get("test");
    }
}
