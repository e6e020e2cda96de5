package org.thidua.messaging;

/**
 * One consumer of events: a projection or a reaction. It runs inside the transaction that also records the event as
 * processed by {@link #consumerName()}, so it must only use the service's database (no remote calls). Publishing
 * further events through {@link Outbox} is fine: they commit with the effect.
 */
public interface EventHandler {

    /** Stable name in {@code processed_event} and {@code dead_letter}, e.g. {@code notifications.recipients}. */
    String consumerName();

    void handle(IncomingEvent event);
}
