package org.thidua.notifications.routing;

import io.micronaut.core.annotation.Nullable;
import io.opentelemetry.api.trace.SpanKind;
import jakarta.inject.Singleton;
import org.thidua.messaging.tracing.EventSpan;
import org.thidua.messaging.tracing.EventSpans;

/**
 * The span of one fan-out chunk (ADR 0094): a child of the consumer's span, directly for a fan-out notified while
 * consuming (chunk 0) or through the context stored with the chunk for one a worker notifies later. The deliveries
 * created meanwhile store its context, so each send is its child.
 */
@Singleton
class FanoutSpans {

    private final EventSpans spans;

    FanoutSpans(EventSpans spans) {
        this.spans = spans;
    }

    EventSpan chunk(String eventId, int chunk, int units, @Nullable String storedTraceparent) {
        return spans.step("fanout chunk", SpanKind.INTERNAL, storedTraceparent, eventId)
                .with(EventSpans.CHUNK, (long) chunk)
                .with(EventSpans.UNITS, (long) units);
    }
}
