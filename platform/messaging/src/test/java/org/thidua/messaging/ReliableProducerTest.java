package org.thidua.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

/** Plain JUnit: the relay's producer never waits on a broker that is gone longer than a bounded time (ADR 92). */
class ReliableProducerTest {

    @Test
    void aSendBlocksAtMostTenSecondsAndGivesUpOnItsAcknowledgementAfterThirty() {
        Properties kafka = new Properties();
        kafka.put("bootstrap.servers", "127.0.0.1:9092");

        Properties producer = ReliableProducer.properties(kafka, "/units-service");

        // Kafka's own defaults are 60 s (max.block.ms) and 120 s (delivery.timeout.ms)
        assertThat(producer).containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000)
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000)
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "units-service-reliable")
                .containsEntry("bootstrap.servers", "127.0.0.1:9092");
    }

    @Test
    void anOperatorsKafkaSettingOfATimeoutWinsButNotOfWhatReliabilityNeeds() {
        Properties kafka = new Properties();
        kafka.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "45000");
        kafka.put(ProducerConfig.ACKS_CONFIG, "1");

        Properties producer = ReliableProducer.properties(kafka, "/notifications-service");

        assertThat(producer).containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "45000")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all");
    }
}
