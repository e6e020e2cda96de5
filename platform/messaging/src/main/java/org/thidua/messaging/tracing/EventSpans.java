package org.thidua.messaging.tracing;

import io.micronaut.core.annotation.Nullable;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The spans of an event's way through the suite (ADR 0094), with the OpenTelemetry API: the W3C context stored with
 * an outbox row (or a fan-out chunk, a delivery) when it is written, the relay's PRODUCER span whose context goes
 * into the record's one {@code traceparent} header, the consumer's CONSUMER span, and the steps a background worker
 * takes later on behalf of the event (children of the context stored with the row it works on).
 */
@Singleton
public class EventSpans {

    /** The W3C Trace Context header, also the CloudEvents distributed-tracing extension's. */
    public static final String TRACEPARENT = "traceparent";

    public static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("thidua.event.id");
    public static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("thidua.event.type");
    public static final AttributeKey<String> UNIT_ID = AttributeKey.stringKey("thidua.unit.id");
    public static final AttributeKey<Long> DELIVERY_ID = AttributeKey.longKey("thidua.delivery.id");
    public static final AttributeKey<Long> CHUNK = AttributeKey.longKey("thidua.chunk");
    public static final AttributeKey<Long> UNITS = AttributeKey.longKey("thidua.units");
    public static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("thidua.outcome");
    static final AttributeKey<String> MESSAGING_SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> CONSUMER_GROUP = AttributeKey.stringKey("messaging.consumer.group.name");

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Headers> RECORD_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return () -> Arrays.stream(headers.toArray()).map(Header::key).iterator();
        }

        @Override
        public String get(@Nullable Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };
    private static final TextMapGetter<String> ONE_TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceparent) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(@Nullable String traceparent, String key) {
            return TRACEPARENT.equals(key) ? traceparent : null;
        }
    };

    private final Tracer tracer;

    EventSpans(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("org.thidua.messaging");
    }

    /**
     * The current span's context as a W3C {@code traceparent}, to store with a row a worker handles later; null when
     * no span is current (tracing off, or no request or event being handled).
     */
    public static @Nullable String currentTraceparent() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** The span context a stored {@code traceparent} names; invalid when it is null or malformed. */
    public static SpanContext spanContextOf(@Nullable String traceparent) {
        return Span.fromContext(contextOf(traceparent)).getSpanContext();
    }

    private static Context contextOf(@Nullable String traceparent) {
        return traceparent == null ? Context.root() : W3C.extract(Context.root(), traceparent, ONE_TRACEPARENT);
    }

    /**
     * The relay's PRODUCER span for one outbox row, a child of the context the row was written under; its context
     * replaces the record's {@code traceparent} header. It ends when the record is handed to the producer.
     */
    public void producing(
            ProducerRecord<String, byte[]> record,
            @Nullable String storedTraceparent,
            String eventId,
            String eventType) {
        Context parent = contextOf(storedTraceparent);
        Span span = tracer.spanBuilder(record.topic() + " publish")
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(parent)
                .setAttribute(MESSAGING_SYSTEM, "kafka")
                .setAttribute(DESTINATION, record.topic())
                .setAttribute(EVENT_ID, eventId)
                .setAttribute(EVENT_TYPE, eventType)
                .startSpan();
        try {
            record.headers().remove(TRACEPARENT);
            W3C.inject(
                    parent.with(span),
                    record.headers(),
                    (headers, key, value) -> headers.add(key, value.getBytes(StandardCharsets.UTF_8)));
        } finally {
            span.end();
        }
    }

    /**
     * The CONSUMER span of one record, a child of its {@code traceparent}, current until closed: what the handler
     * publishes or stores meanwhile is in its trace.
     */
    public EventSpan consuming(ConsumerRecord<String, byte[]> record, String consumerName) {
        Context parent = W3C.extract(Context.root(), record.headers(), RECORD_HEADERS);
        Span span = tracer.spanBuilder(record.topic() + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(parent)
                .setAttribute(MESSAGING_SYSTEM, "kafka")
                .setAttribute(DESTINATION, record.topic())
                .setAttribute(CONSUMER_GROUP, consumerName)
                .setAttribute(EVENT_ID, RECORD_HEADERS.get(record.headers(), "ce_id"))
                .setAttribute(EVENT_TYPE, RECORD_HEADERS.get(record.headers(), "ce_type"))
                .startSpan();
        return new EventSpan(span, parent.with(span).makeCurrent());
    }

    /**
     * A step taken on behalf of event {@code eventId}: a child of {@code storedTraceparent} (the context its row was
     * written under) or, without one, of the current span; current until closed.
     */
    public EventSpan step(String name, SpanKind kind, @Nullable String storedTraceparent, String eventId) {
        Context parent = storedTraceparent == null ? Context.current() : contextOf(storedTraceparent);
        Span span = tracer.spanBuilder(name)
                .setSpanKind(kind)
                .setParent(parent)
                .setAttribute(EVENT_ID, eventId)
                .startSpan();
        return new EventSpan(span, parent.with(span).makeCurrent());
    }
}
