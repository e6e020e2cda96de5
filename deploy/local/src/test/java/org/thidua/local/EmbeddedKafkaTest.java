package org.thidua.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    private static final String TOPIC = "thidua.test.events";

    @TempDir
    Path dir;

    @Test
    void producesAndConsumesAndKeepsRecordsAcrossARestart() throws Exception {
        int port = Ports.freePort();
        int controllerPort = Ports.freePort();
        Path home = dir.resolve("kafka");
        Path log = dir.resolve("logs").resolve("kafka.log");

        String clusterId;
        EmbeddedKafka kafka = EmbeddedKafka.start(home, port, controllerPort, log);
        try {
            assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
            assertThat(kafka.isRunning()).isTrue();
            assertThat(Files.readString(log)).contains("Kafka Server started");
            try (Admin admin = admin(kafka)) {
                clusterId = admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
                // no explicit partition count: the broker default (num.partitions=6) applies
                admin.createTopics(List.of(new NewTopic(TOPIC, Optional.empty(), Optional.empty())))
                        .all()
                        .get(30, TimeUnit.SECONDS);
                TopicDescription topic = admin.describeTopics(List.of(TOPIC))
                        .allTopicNames()
                        .get(30, TimeUnit.SECONDS)
                        .get(TOPIC);
                assertThat(topic.partitions()).hasSize(6);
            }
            try (KafkaProducer<String, String> producer = producer(kafka)) {
                RecordMetadata sent = producer.send(new ProducerRecord<>(TOPIC, "unit-1", "hello thi đua"))
                        .get(30, TimeUnit.SECONDS);
                assertThat(sent.offset()).isZero();
            }
            assertThat(readAll(kafka, "first-reader")).containsExactly("unit-1=hello thi đua");
        } finally {
            kafka.stop();
        }
        assertThat(kafka.isRunning()).isFalse();
        assertThat(home.resolve("broker.pid")).doesNotExist();

        // same data directory: no re-format, the record is still there
        EmbeddedKafka restarted = EmbeddedKafka.start(home, port, controllerPort, log);
        try {
            try (Admin admin = admin(restarted)) {
                assertThat(admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS))
                        .isEqualTo(clusterId);
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains(TOPIC);
            }
            assertThat(readAll(restarted, "second-reader")).containsExactly("unit-1=hello thi đua");
        } finally {
            restarted.stop();
        }
        assertThat(Files.readString(log)).containsOnlyOnce("Formatting metadata directory");
    }

    @Test
    void refusesAPortThatIsTaken(@TempDir Path other) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Assertions.assertThatThrownBy(() -> EmbeddedKafka.start(other, taken.getLocalPort(), Ports.freePort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + taken.getLocalPort());
        }
    }

    private static List<String> readAll(EmbeddedKafka kafka, String group) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    seen.add(record.key() + "=" + record.value());
                }
                return !seen.isEmpty();
            });
        }
        return seen;
    }

    private static Admin admin(EmbeddedKafka kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafka kafka) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }
}
