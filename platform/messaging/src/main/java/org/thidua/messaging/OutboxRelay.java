package org.thidua.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends outbox rows to Kafka in commit order with an idempotent producer (acks=all), then marks them sent. It wakes
 * right after every commit that wrote to the outbox and otherwise sweeps every few seconds for stranded rows.
 */
@Context
@Requires(property = "thidua.messaging.relay.enabled", notEquals = "false")
public class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final TopicProvisioner topics;
    private final MessagingConfiguration config;
    private final Producer<String, byte[]> producer;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running = true;
    private Thread thread;

    OutboxRelay(OutboxStore store, TopicProvisioner topics, MessagingConfiguration config,
                KafkaDefaultConfiguration kafka) {
        this.store = store;
        this.topics = topics;
        this.config = config;
        Properties properties = new Properties();
        properties.putAll(kafka.getConfig());
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, config.getSource().substring(1) + "-outbox-relay");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        this.producer = new KafkaProducer<>(properties);
    }

    @PostConstruct
    void start() {
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onOutboxWritten(OutboxWritten written) {
        wakeUps.release();
    }

    private void run() {
        boolean topicsReady = false;
        long backoffMillis = 100;
        while (running) {
            try {
                if (!topicsReady) {
                    topics.ensureTopics();
                    topicsReady = true;
                }
                int sent = relayOnce();
                backoffMillis = 100;
                if (sent < config.getRelayBatchSize()) {
                    wakeUps.tryAcquire(config.getRelaySweepInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                LOG.warn("Outbox relay round failed, retrying in {} ms: {}", backoffMillis, e.toString());
                try {
                    wakeUps.tryAcquire(backoffMillis, TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoffMillis = Math.min(backoffMillis * 2, 5_000);
            }
        }
    }

    /** Sends one batch; rows after the first failed send stay unsent so that order per key is kept. */
    int relayOnce() throws InterruptedException {
        List<OutboxRow> rows = store.unpublished(config.getRelayBatchSize());
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            acks.add(producer.send(CloudEventRecords.toRecord(row, config.getSource())));
        }
        List<Long> sent = new ArrayList<>(rows.size());
        ExecutionException failure = null;
        for (int i = 0; i < rows.size() && failure == null; i++) {
            try {
                acks.get(i).get();
                sent.add(rows.get(i).id());
            } catch (ExecutionException e) {
                failure = e;
            }
        }
        store.markPublished(sent, Instant.now());
        if (failure != null) {
            throw new IllegalStateException("Kafka refused outbox row " + rows.get(sent.size()).id(), failure.getCause());
        }
        return rows.size();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        wakeUps.release();
        if (thread != null) {
            thread.interrupt();
            thread.join(10_000);
        }
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
