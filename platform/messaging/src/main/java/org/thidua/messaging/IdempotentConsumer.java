package org.thidua.messaging;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thidua.contracts.EventSchemas;
import org.thidua.contracts.EventTypes;
import org.thidua.messaging.tracing.EventSpan;
import org.thidua.messaging.tracing.EventSpans;

/**
 * The one way a service consumes a record. The effect and the {@code processed_event(consumer, event_id)} row commit
 * in one transaction, so a redelivered event changes nothing. A transient failure (database or broker unreachable,
 * deadlock) is retried with backoff on the same record, which is never skipped; a poison record or an error retrying
 * cannot fix goes to the dead letters and the partition moves on. Listeners commit the offset after this returns.
 */
@Singleton
public class IdempotentConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotentConsumer.class);

    private final ProcessedEvents processed;
    private final DeadLetterRecorder deadLetters;
    private final long maxBackoffMillis;
    private final EventSpans spans;

    IdempotentConsumer(
            ProcessedEvents processed,
            DeadLetterRecorder deadLetters,
            @Value("${thidua.messaging.consumer-max-backoff:30s}") Duration maxBackoff,
            EventSpans spans) {
        this.spans = spans;
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.maxBackoffMillis = maxBackoff.toMillis();
    }

    /** What became of a record. */
    public enum Outcome {
        APPLIED,
        DUPLICATE,
        DEAD_LETTERED
    }

    public Outcome consume(ConsumerRecord<String, byte[]> record, EventHandler handler) {
        try (EventSpan span = spans.consuming(record, handler.consumerName()); // the CONSUMER span (ADR 0094)
                EventLogContext ignored = EventLogContext.of(record)) { // its ids in every line logged meanwhile
            Outcome outcome = consumeWithRetries(record, handler);
            span.outcome(outcome.name(), outcome == Outcome.DEAD_LETTERED);
            return outcome;
        }
    }

    private Outcome consumeWithRetries(ConsumerRecord<String, byte[]> record, EventHandler handler) {
        long backoffMillis = 100;
        while (true) {
            try {
                return consumeOnce(record, handler);
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e)) {
                    throw e;
                }
                LOG.warn(
                        "{}: transient failure on {}-{}@{}, retrying in {} ms: {}",
                        handler.consumerName(),
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        backoffMillis,
                        e.toString());
                sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, maxBackoffMillis);
            }
        }
    }

    private Outcome consumeOnce(ConsumerRecord<String, byte[]> record, EventHandler handler) {
        IncomingEvent event;
        try {
            event = readValid(record);
        } catch (PoisonRecordException e) {
            deadLetters.add(handler.consumerName(), record, e);
            return Outcome.DEAD_LETTERED;
        }
        try {
            return processed.applyOnce(handler, event) ? Outcome.APPLIED : Outcome.DUPLICATE;
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                throw e;
            }
            LOG.error(
                    "{}: event {} ({}) failed and goes to the dead letters",
                    handler.consumerName(),
                    event.id(),
                    event.type(),
                    e);
            deadLetters.add(handler.consumerName(), record, e);
            return Outcome.DEAD_LETTERED;
        }
    }

    /** The event in {@code record}, if it is a CloudEvent of a known type whose data matches its schema. */
    static IncomingEvent readValid(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event;
        try {
            event = CloudEventRecords.read(record);
        } catch (IllegalArgumentException e) {
            throw new PoisonRecordException(e.getMessage(), e);
        }
        if (!EventTypes.isKnown(event.type())) {
            throw new PoisonRecordException("Unknown event type " + event.type());
        }
        List<String> violations = EventSchemas.violations(event.type(), event.data());
        if (!violations.isEmpty()) {
            throw new PoisonRecordException("Data of " + event.type() + " violates its schema: " + violations);
        }
        return event;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
