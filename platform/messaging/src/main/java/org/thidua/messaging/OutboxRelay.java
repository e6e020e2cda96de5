package org.thidua.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thidua.messaging.tracing.EventSpans;

/**
 * Sends outbox rows to Kafka in commit order with an idempotent producer (acks=all), then marks them sent. It wakes
 * right after every commit that wrote to the outbox and otherwise sweeps every few seconds for stranded rows. Among
 * several instances of a service only the holder of {@link RelayLeadership}'s lock relays.
 */
@Context
@Requires(property = "thidua.messaging.relay.enabled", notEquals = "false")
public class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration HOUSEKEEPING_INTERVAL = Duration.ofSeconds(10);

    private final OutboxStore store;
    private final TopicProvisioner topics;
    private final RelayLeadership leadership;
    private final MessagingConfiguration config;
    private final ReliableProducer producer;
    private final EventSpans spans;
    private final AtomicLong backlogSize = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private final Counter published;
    private final Counter failures;
    private final BackgroundLoop loop;
    private boolean topicsReady;
    private Instant nextHousekeeping = Instant.EPOCH;

    OutboxRelay(
            OutboxStore store,
            TopicProvisioner topics,
            RelayLeadership leadership,
            MessagingConfiguration config,
            ReliableProducer producer,
            MeterRegistry meters,
            EventSpans spans) {
        this.spans = spans;
        this.store = store;
        this.topics = topics;
        this.leadership = leadership;
        this.config = config;
        this.producer = producer;
        Gauge.builder("thidua.outbox.backlog", backlogSize, AtomicLong::get)
                .description("Outbox rows not yet published")
                .register(meters);
        Gauge.builder("thidua.outbox.oldest.age", oldestAgeMillis, a -> a.get() / 1000.0)
                .baseUnit("seconds")
                .description("Age of the oldest unpublished outbox row")
                .register(meters);
        this.published = Counter.builder("thidua.relay.published")
                .description("Events the relay published to Kafka")
                .register(meters);
        this.failures = Counter.builder("thidua.relay.failures")
                .description("Relay rounds that failed")
                .register(meters);
        this.loop = BackgroundLoop.named("outbox-relay")
                .idlePoll(config.getRelaySweepInterval())
                .linger(config.getRelayLinger())
                .onFailure((error, retryIn) -> {
                    failures.increment();
                    leadership.checkAfterFailure();
                })
                .build(this::relayRound);
    }

    @PostConstruct
    void start() {
        loop.start();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onOutboxWritten(OutboxWritten written) {
        loop.wake();
    }

    /** One round of the loop: true when a full batch went out, so that more rows may be waiting. */
    private boolean relayRound() throws Exception {
        if (!topicsReady) {
            topics.ensureTopics();
            topicsReady = true;
        }
        int sent = 0;
        if (leadership.holdOrAcquire()) {
            sent = relayOnce();
            housekeeping();
        }
        return sent >= config.getRelayBatchSize();
    }

    /** Sends one batch; rows after the first failed send stay unsent so that order per key is kept. */
    int relayOnce() throws InterruptedException, SQLException {
        Connection connection = leadership.connection();
        List<OutboxRow> rows = store.unpublished(connection, config.getRelayBatchSize());
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            ProducerRecord<String, byte[]> record = CloudEventRecords.toRecord(row, config.getSource());
            spans.producing(record, row.traceparent(), row.eventId(), row.type()); // its context in traceparent
            acks.add(producer.send(record));
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
        store.markPublished(connection, sent, Instant.now());
        published.increment(sent.size());
        if (failure != null) {
            OutboxRow refused = rows.get(sent.size());
            try (EventLogContext ignored =
                    EventLogContext.open(refused.eventId(), refused.type(), refused.traceparent())) {
                LOG.warn(
                        "Kafka refused event {} ({}): {}",
                        refused.eventId(),
                        refused.type(),
                        failure.getCause().toString());
            }
            throw new IllegalStateException(
                    "Kafka refused outbox row " + rows.get(sent.size()).id(), failure.getCause());
        }
        return rows.size();
    }

    /** Every few seconds: refresh the backlog metrics and delete rows sent longer ago than the retention. */
    private void housekeeping() {
        Instant now = Instant.now();
        if (now.isBefore(nextHousekeeping)) {
            return;
        }
        nextHousekeeping = now.plus(HOUSEKEEPING_INTERVAL);
        OutboxStore.Backlog backlog = store.backlog();
        backlogSize.set(backlog.size());
        oldestAgeMillis.set(
                backlog.oldest() == null
                        ? 0
                        : Duration.between(backlog.oldest(), now).toMillis());
        store.deletePublishedBefore(now.minus(config.getOutboxRetention()), 1_000);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        // lets the round in flight finish and mark what it sent, so the next relay does not send it again
        loop.stop();
        producer.flush();
        leadership.close();
    }
}
