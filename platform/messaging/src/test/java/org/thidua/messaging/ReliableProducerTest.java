package org.thidua.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

/** Plain JUnit: how long the relay's producer waits on a broker that is gone (ADR 92). */
class ReliableProducerTest {

    @Test
    void aSendBlocksAtMostTenSecondsAndItsAcknowledgementKeepsKafkasDeliveryTimeout() {
        Properties kafka = new Properties();
        kafka.put("bootstrap.servers", "127.0.0.1:9092");

        Properties producer = ReliableProducer.properties(kafka, "/units-service");

        // Kafka's own max.block.ms is 60 s; delivery.timeout.ms stays Kafka's 120 s: a shorter one expired sends the
        // returning broker would have taken and the relay sent their rows again (OutboxRelayTest saw 448 of 400)
        assertThat(producer)
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000)
                .doesNotContainKey(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "units-service-reliable")
                .containsEntry("bootstrap.servers", "127.0.0.1:9092");
    }

    @Test
    void anOperatorsKafkaSettingOfATimeoutWinsButNotOfWhatReliabilityNeeds() {
        Properties kafka = new Properties();
        kafka.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        kafka.put(ProducerConfig.ACKS_CONFIG, "1");

        Properties producer = ReliableProducer.properties(kafka, "/notifications-service");

        assertThat(producer)
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all");
    }
}
