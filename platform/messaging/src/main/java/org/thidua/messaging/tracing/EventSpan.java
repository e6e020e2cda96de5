package org.thidua.messaging.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;

/** A span of {@link EventSpans}, current until {@link #close()}, which ends it. */
public final class EventSpan implements AutoCloseable {

    private final Span span;
    private final Scope scope;

    EventSpan(Span span, Scope scope) {
        this.span = span;
        this.scope = scope;
    }

    public <T> EventSpan with(AttributeKey<T> key, T value) {
        if (value != null) {
            span.setAttribute(key, value);
        }
        return this;
    }

    /** Records what became of the step ({@code thidua.outcome}); {@code failed} marks the span as an error. */
    public EventSpan outcome(String outcome, boolean failed) {
        span.setAttribute(EventSpans.OUTCOME, outcome);
        if (failed) {
            span.setStatus(StatusCode.ERROR, outcome);
        }
        return this;
    }

    /** Marks the span as failed by {@code error} (recorded as the span's exception event). */
    public void failed(Throwable error) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR, error.getClass().getSimpleName());
    }

    @Override
    public void close() {
        scope.close();
        span.end();
    }
}
