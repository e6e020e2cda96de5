package org.thidua.messaging;

import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The producer of the outbox relay and the dead letters: the service's {@code kafka.*} settings (bootstrap servers,
 * security) plus what reliable publication needs: idempotence and acknowledgement by all in-sync replicas.
 * Only the relay's thread (and the dead letters, on consumer threads) send, never a request's. A send blocks at most
 * 10 s for missing metadata ({@code max.block.ms}, Kafka's default 60 s) unless {@code kafka.*} says otherwise; the
 * acknowledgement keeps Kafka's {@code delivery.timeout.ms} (120 s) on purpose: a shorter one expires sends that the
 * returning broker would have taken, and the relay then sends their rows again, duplicates on the topic (ADR 92).
 */
@Singleton
class ReliableProducer {

    private final Producer<String, byte[]> producer;

    ReliableProducer(KafkaDefaultConfiguration kafka, MessagingConfiguration config) {
        this.producer = new KafkaProducer<>(properties(kafka.getConfig(), config.getSource()));
    }

    /** The producer's settings: a bounded block (unless {@code kafka} sets it), then what reliability needs. */
    static Properties properties(Properties kafka, String source) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        properties.putAll(kafka);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, source.substring(1) + "-reliable");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return properties;
    }

    Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        return producer.send(record);
    }

    void flush() {
        producer.flush();
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
