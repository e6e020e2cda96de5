package org.thidua.messaging;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.thidua.contracts.Event;
import org.thidua.contracts.EventJson;
import org.thidua.messaging.tracing.EventSpans;

/**
 * What business code calls to publish an event: the event is written to the outbox table in the caller's
 * transaction, so it is published if and only if the business change commits. The relay sends it right after commit.
 */
@Singleton
public class Outbox {

    private final OutboxStore store;
    private final ApplicationEventPublisher<OutboxWritten> written;
    private final ActorSource actors;
    private final Clock clock;

    Outbox(OutboxStore store, ApplicationEventPublisher<OutboxWritten> written, ActorSource actors) {
        this.store = store;
        this.written = written;
        this.actors = actors;
        this.clock = Clock.systemUTC();
    }

    /**
     * Adds {@code event} to the outbox, with the acting subject ({@link ActorSource}) and an {@code audit_log} row;
     * must run inside the transaction of the change it reports. Returns the event's id (its CloudEvents {@code id}),
     * for a change that wants to say which event it published (a campaign's launch, ADR 23).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String publish(Event event) {
        String payload = new String(EventJson.write(event), StandardCharsets.UTF_8);
        String eventId = UUID.randomUUID().toString();
        store.insertAll(List.of(new OutboxStore.NewRow(
                eventId,
                event.topic(),
                event.subject(),
                event.type(),
                payload,
                EventSpans.currentTraceparent(),
                clock.instant(),
                actors.currentActor())));
        written.publishEvent(OutboxWritten.INSTANCE);
        return eventId;
    }

    /**
     * Adds many events at once (an import, a fan-out), in this order, with multi-row inserts; must run inside the
     * transaction of the change they report. Same effect as calling {@link #publish} for each, in a fraction of the
     * time.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publishAll(List<? extends Event> events) {
        if (events.isEmpty()) {
            return;
        }
        String traceparent = EventSpans.currentTraceparent();
        Instant now = clock.instant();
        String actor = actors.currentActor();
        List<OutboxStore.NewRow> rows = new ArrayList<>(events.size());
        for (Event event : events) {
            rows.add(new OutboxStore.NewRow(
                    UUID.randomUUID().toString(),
                    event.topic(),
                    event.subject(),
                    event.type(),
                    new String(EventJson.write(event), StandardCharsets.UTF_8),
                    traceparent,
                    now,
                    actor));
        }
        store.insertAll(rows);
        written.publishEvent(OutboxWritten.INSTANCE);
    }
}
