package org.thidua.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.context.BeanContext;
import io.micronaut.context.env.Environment;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.Topics;
import org.thidua.testing.RealInfrastructure;
import org.thidua.testing.TestInfrastructure;

/** thidua.consumer.lag{group, topic}: what each @KafkaListener group of the service has still to read (ADR 0090). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsumerLagMetricsTest implements RealInfrastructure {

    private static final String TOPIC = "thidua.lag-test";

    @Inject
    MeterRegistry meters;

    @Inject
    AdminClient admin;

    @Inject
    BeanContext beans;

    @Inject
    Environment environment;

    @Test
    void theLagOfAGroupIsTheEndOffsetLessWhatItCommittedOrLessTheLogStartBeforeItCommitsAnything() throws Exception {
        admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", TestInfrastructure.get().kafkaBootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (String key : List.of("a", "b", "c")) {
                producer.send(new ProducerRecord<>(TOPIC, key, new byte[] {1})).get();
            }
        }
        // a group "lag-test" of no running consumer reads the topic
        MeterRegistry own = new SimpleMeterRegistry();
        ConsumerLagMetrics metrics = new ConsumerLagMetrics(admin, Map.of("lag-test", Set.of(TOPIC)), own);

        // three records at offsets 0, 1, 2 (end offset 3); the group has committed nothing: 3 - 0 = 3
        metrics.refresh();
        assertThat(lag(own, "lag-test", TOPIC)).isEqualTo(3.0);

        admin.alterConsumerGroupOffsets("lag-test", Map.of(new TopicPartition(TOPIC, 0), new OffsetAndMetadata(1)))
                .all()
                .get(30, TimeUnit.SECONDS);
        // it committed offset 1 (it read the first record): 3 - 1 = 2
        metrics.refresh();
        assertThat(lag(own, "lag-test", TOPIC)).isEqualTo(2.0);
    }

    @Test
    void theServiceMeasuresTheGroupsAndTopicsOfItsListeners() {
        // RecordingListener: group messaging-test, @Topic("${test.topic}") = thidua.units.v1
        assertThat(ConsumerLagMetrics.listenedTopics(beans, environment))
                .containsEntry("messaging-test", Set.of(Topics.UNITS));
        await().atMost(Duration.ofSeconds(60)).until(() -> lag(meters, "messaging-test", Topics.UNITS) >= 0);
    }

    private static double lag(MeterRegistry meters, String group, String topic) {
        Gauge gauge = meters.find("thidua.consumer.lag")
                .tags("group", group, "topic", topic)
                .gauge();
        return gauge == null ? -1 : gauge.value();
    }
}
