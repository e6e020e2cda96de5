package org.thidua.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.EventJson;
import org.thidua.contracts.Topics;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.local.EmbeddedKafka;
import org.thidua.local.Ports;
import org.thidua.testing.Headers;
import org.thidua.testing.TestInfrastructure;
import org.thidua.testing.TopicReader;

/** The relay against the real broker: several instances on one outbox, and a broker that goes away. */
class OutboxRelayTest {

    @Test
    void twoRelayInstancesOnOneOutboxPublishEachEventOnceInCommitOrderPerKey() {
        Map<String, Object> properties = new HashMap<>(TestInfrastructure.get().serviceProperties("relay_pair"));
        properties.put("test.listener.enabled", "false");
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            keys.add(UUID.randomUUID().toString());
        }
        try (ApplicationContext first = ApplicationContext.run(properties, "test");
                ApplicationContext second = ApplicationContext.run(properties, "test");
                TopicReader topic = new TopicReader(Topics.UNITS)) {
            for (int seq = 0; seq < 50; seq++) {
                for (int k = 0; k < keys.size(); k++) {
                    // alternate the instance that commits, so both write into the one outbox
                    publish(seq % 2 == 0 && first.isRunning() ? first : second, keys.get(k), "R-" + k + "-" + seq);
                }
                if (seq == 25) {
                    // the instance holding the lock (the first to start) goes away; the other takes over
                    first.close();
                }
            }
            Set<String> ours = new HashSet<>(keys);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> topic.poll(r -> ours.contains(r.key())).size() >= 1_000);
            List<ConsumerRecord<String, byte[]>> records = topic.poll(r -> ours.contains(r.key()));
            assertThat(records).hasSize(1_000);
            assertThat(records.stream().map(r -> Headers.of(r, "ce_id")).distinct())
                    .hasSize(1_000);
            for (int k = 0; k < keys.size(); k++) {
                String key = keys.get(k);
                List<Integer> sequence = records.stream()
                        .filter(r -> r.key().equals(key))
                        .sorted((a, b) -> Long.compare(a.offset(), b.offset()))
                        .map(r -> Integer.parseInt(EventJson.read(r.value(), UnitRegistered.class)
                                .code()
                                .split("-")[2]))
                        .toList();
                assertThat(sequence)
                        .as("order of key %d", k)
                        .isSorted()
                        .hasSize(50)
                        .doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void manyEventsPublishedAtOnceArriveOnceEachInTheirOrder() {
        Map<String, Object> properties = new HashMap<>(TestInfrastructure.get().serviceProperties("relay_batch"));
        properties.put("test.listener.enabled", "false");
        String key = UUID.randomUUID().toString();
        try (ApplicationContext context = ApplicationContext.run(properties, "test");
                TopicReader topic = new TopicReader(Topics.UNITS)) {
            TransactionOperations<Connection> transactions =
                    context.getBean(Argument.of(TransactionOperations.class, Connection.class));
            List<UnitRegistered> events = new ArrayList<>();
            for (int seq = 0; seq < 1_234; seq++) {
                events.add(new UnitRegistered(key, "BATCH-0-" + seq, "Đơn vị " + seq, null, "vi", true, Instant.now()));
            }
            transactions.executeWrite(status -> {
                context.getBean(Outbox.class).publishAll(events);
                return null;
            });
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> topic.withKey(key).size() >= 1_234);
            assertThat(topic.withKey(key).stream()
                            .map(r -> EventJson.read(r.value(), UnitRegistered.class)
                                    .code()))
                    .containsExactlyElementsOf(
                            events.stream().map(UnitRegistered::code).toList());
            assertThat(topic.withKey(key).stream()
                            .map(r -> Headers.of(r, "ce_id"))
                            .distinct())
                    .hasSize(1_234);
        }
    }

    @Test
    void aBrokerDownForTenSecondsLosesNothing() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "outage-kafka-");
        int port = Ports.freePort();
        int controllerPort = Ports.freePort();
        EmbeddedKafka broker = EmbeddedKafka.start(dir, port, controllerPort, dir.resolve("kafka.log"));
        Map<String, Object> properties = new HashMap<>(TestInfrastructure.get().serviceProperties("relay_outage"));
        properties.put("kafka.bootstrap.servers", broker.bootstrapServers());
        properties.put("test.listener.enabled", "false");
        String key = UUID.randomUUID().toString();
        AtomicInteger committed = new AtomicInteger();
        try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
            // business writes at about 25 commits a second, so that the outage spans a good part of the stream
            ScheduledExecutorService writes = Executors.newSingleThreadScheduledExecutor();
            writes.scheduleAtFixedRate(
                    () -> {
                        int seq = committed.get();
                        if (seq < 400) {
                            publish(context, key, "OUT-0-" + seq);
                            committed.incrementAndGet();
                        }
                    },
                    0,
                    40,
                    TimeUnit.MILLISECONDS);
            await().atMost(Duration.ofSeconds(30)).until(() -> committed.get() >= 50);
            broker.stop();
            Instant down = Instant.now();
            // the service keeps committing while the broker is away (the outbox absorbs it)
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> Duration.between(down, Instant.now()).toSeconds() >= 10 && committed.get() >= 150);
            broker = EmbeddedKafka.start(dir, port, controllerPort, dir.resolve("kafka.log"));
            await().atMost(Duration.ofSeconds(60)).until(() -> committed.get() == 400);
            writes.shutdown();
            assertThat(writes.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

            try (TopicReader topic = new TopicReader(Topics.UNITS, broker.bootstrapServers())) {
                await().atMost(Duration.ofSeconds(120))
                        .until(() -> topic.withKey(key).size() >= 400);
                List<ConsumerRecord<String, byte[]>> records = topic.withKey(key);
                assertThat(records).hasSize(400);
                assertThat(records.stream()
                                .map(r -> EventJson.read(r.value(), UnitRegistered.class)
                                        .code()))
                        .doesNotHaveDuplicates()
                        .containsExactlyElementsOf(IntStream.range(0, 400)
                                .mapToObj(i -> "OUT-0-" + i)
                                .toList());
            }
        } finally {
            broker.stop();
        }
    }

    private static void publish(ApplicationContext context, String key, String code) {
        TransactionOperations<Connection> transactions =
                context.getBean(Argument.of(TransactionOperations.class, Connection.class));
        Outbox outbox = context.getBean(Outbox.class);
        transactions.executeWrite(status -> {
            outbox.publish(new UnitRegistered(key, code, "Đơn vị " + code, null, "vi", true, Instant.now()));
            return null;
        });
    }
}
