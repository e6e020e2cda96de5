package org.thidua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.thidua.contracts.Event;
import org.thidua.contracts.EventJson;
import org.thidua.contracts.EventSchemas;

/**
 * Sends events the way another team's producer would, from the documented contract alone (CloudEvents 1.0 Kafka
 * binary mode headers written by hand, JSON data), so consumer tests do not depend on our own producer code.
 */
public final class CloudEventSender implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestInfrastructure.get().kafkaBootstrapServers(),
                    ProducerConfig.ACKS_CONFIG,
                    "all"),
            new StringSerializer(),
            new ByteArraySerializer());

    /**
     * Sends a contract event as its publisher would, after checking it against its JSON Schema (a test event that
     * breaks the contract fails the test, not the consumer); returns the event id.
     */
    public String send(Event event) {
        return send(event, UUID.randomUUID().toString());
    }

    /** As {@link #send(Event)}, with a given event id (the same id twice: a redelivery). */
    public String send(Event event, String eventId) {
        byte[] data = EventJson.write(event);
        assertThat(EventSchemas.violations(event.type(), data))
                .as("test event %s", event.type())
                .isEmpty();
        return send(event.topic(), eventId, event.type(), event.subject(), data);
    }

    /** Sends and waits for the broker's acknowledgement; returns the event id. */
    public String send(String topic, String type, String subject, String json) {
        return send(topic, UUID.randomUUID().toString(), type, subject, json.getBytes(StandardCharsets.UTF_8));
    }

    public String send(String topic, String eventId, String type, String subject, byte[] data) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, subject, data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_source", "/contract-test");
        header(record, "ce_type", type);
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_subject", subject);
        header(record, "content-type", "application/json");
        header(record, "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send test event " + type, e);
        }
        return eventId;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
