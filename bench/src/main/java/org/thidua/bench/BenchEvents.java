package org.thidua.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.thidua.contracts.Event;
import org.thidua.contracts.EventJson;

/** Feeds a service's projections as another service would: CloudEvents 1.0 binary-mode records of contract events. */
final class BenchEvents {

    private BenchEvents() {}

    /** Sends {@code event} as if {@code source} (e.g. {@code /units-service}) had published it; does not wait. */
    /** Sends {@code event} as a CloudEvent from {@code source}; returns its id. */
    static String send(KafkaProducer<String, byte[]> producer, Event event, String source) {
        String id = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(event.topic(), event.subject(), EventJson.write(event));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_source", source);
        header(record, "ce_type", event.type());
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_subject", event.subject());
        header(record, "content-type", "application/json");
        producer.send(record);
        return id;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
