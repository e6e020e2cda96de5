package org.thidua.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.thidua.messaging.tracing.EventSpans;

/**
 * The event being handled, in the logging MDC for as long as it is open: {@code event_id}, {@code event_type} and,
 * from its W3C {@code traceparent}, {@code trace_id} and {@code span_id}. A JSON log line written meanwhile carries
 * them (ADR 0090); the trace keys are OpenTelemetry's ids (ADR 0094).
 */
public final class EventLogContext implements AutoCloseable {

    public static final String TRACE_ID = "trace_id";
    public static final String SPAN_ID = "span_id";
    public static final String EVENT_ID = "event_id";
    public static final String EVENT_TYPE = "event_type";

    private EventLogContext() {}

    /**
     * The record's event (its {@code ce_id} and {@code ce_type} headers, those it has) and the trace of the span
     * current while it is handled (the consumer's, ADR 0094), or else of its {@code traceparent} header.
     */
    static EventLogContext of(ConsumerRecord<String, byte[]> record) {
        SpanContext current = Span.current().getSpanContext();
        return open(
                header(record, "ce_id"),
                header(record, "ce_type"),
                current.isValid() ? current : EventSpans.spanContextOf(header(record, EventSpans.TRACEPARENT)));
    }

    /** Puts the keys of the values given (a null one is left out) until {@link #close()}. */
    public static EventLogContext open(String eventId, String eventType, String traceparent) {
        return open(eventId, eventType, EventSpans.spanContextOf(traceparent));
    }

    private static EventLogContext open(String eventId, String eventType, SpanContext trace) {
        put(EVENT_ID, eventId);
        put(EVENT_TYPE, eventType);
        if (trace.isValid()) {
            put(TRACE_ID, trace.getTraceId());
            put(SPAN_ID, trace.getSpanId());
        }
        return new EventLogContext();
    }

    @Override
    public void close() {
        MDC.remove(EVENT_ID);
        MDC.remove(EVENT_TYPE);
        MDC.remove(TRACE_ID);
        MDC.remove(SPAN_ID);
    }

    private static void put(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
