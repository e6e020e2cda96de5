package org.thidua.messaging;

/** Raised inside a transaction that wrote to the outbox; the relay hears it after commit and wakes up. */
final class OutboxWritten {
    static final OutboxWritten INSTANCE = new OutboxWritten();

    private OutboxWritten() {}
}
