package org.thidua.messaging;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;

/**
 * The event being handled, in the logging MDC for as long as it is open: {@code event_id}, {@code event_type} and,
 * from its W3C {@code traceparent}, {@code trace_id} and {@code span_id}. A JSON log line written meanwhile carries
 * them (ADR 0090); OpenTelemetry will later fill the same trace keys for HTTP requests.
 */
public final class EventLogContext implements AutoCloseable {

    public static final String TRACE_ID = "trace_id";
    public static final String SPAN_ID = "span_id";
    public static final String EVENT_ID = "event_id";
    public static final String EVENT_TYPE = "event_type";

    private EventLogContext() {
    }

    /** The record's event (its {@code ce_id}, {@code ce_type} and {@code traceparent} headers, those it has). */
    static EventLogContext of(ConsumerRecord<String, byte[]> record) {
        return open(header(record, "ce_id"), header(record, "ce_type"), header(record, TraceParent.HEADER));
    }

    /** Puts the keys of the values given (a null one is left out) until {@link #close()}. */
    public static EventLogContext open(String eventId, String eventType, String traceparent) {
        put(EVENT_ID, eventId);
        put(EVENT_TYPE, eventType);
        if (TraceParent.isValid(traceparent)) {
            put(TRACE_ID, traceparent.substring(3, 35));
            put(SPAN_ID, traceparent.substring(36, 52));
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
