package org.thidua.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.thidua.messaging.tracing.EventSpans;

/**
 * CloudEvents 1.0 in Kafka binary mode (the SDK writes the {@code ce_*} and {@code content-type} headers), plus the
 * W3C {@code traceparent} header.
 */
public final class CloudEventRecords {

    public static final String JSON = "application/json";
    /** The CloudEvents extension naming who caused the event (header {@code ce_thiduaactor}); see {@link ActorSource}. */
    public static final String ACTOR_EXTENSION = "thiduaactor";

    private CloudEventRecords() {}

    static ProducerRecord<String, byte[]> toRecord(OutboxRow row, String source) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(row.eventId())
                .withSource(URI.create(source))
                .withType(row.type())
                .withTime(row.occurredAt().atOffset(ZoneOffset.UTC))
                .withSubject(row.key())
                .withDataContentType(JSON)
                .withData(row.payload().getBytes(StandardCharsets.UTF_8));
        if (row.actor() != null) {
            builder.withExtension(ACTOR_EXTENSION, row.actor());
        }
        CloudEvent event = builder.build();
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(row.topic(), null, null, row.key())
                .writeBinary(event);
        if (row.traceparent() != null) {
            record.headers().add(EventSpans.TRACEPARENT, row.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    /** Reads a record written by {@link #toRecord}; throws {@link IllegalArgumentException} if it is not a CloudEvent. */
    public static IncomingEvent read(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a CloudEvents record: " + e.getMessage(), e);
        }
        Header traceparent = record.headers().lastHeader(EventSpans.TRACEPARENT);
        return new IncomingEvent(
                event.getId(),
                event.getType(),
                event.getSource().toString(),
                event.getSubject(),
                event.getTime() == null ? null : event.getTime().toInstant(),
                traceparent == null ? null : new String(traceparent.value(), StandardCharsets.UTF_8),
                event.getData() == null ? new byte[0] : event.getData().toBytes(),
                record.topic(),
                record.partition(),
                record.offset());
    }
}
