package org.thidua.messaging;

/**
 * Who is acting now, for the audit: the {@link Outbox} stores it with each event and the relay sends it as the
 * CloudEvents extension {@code thiduaactor}. The default answers {@link #SYSTEM}; platform/security replaces it with
 * the subject of the request's token.
 */
public interface ActorSource {

    /** The actor of work no request started: consumers, scheduled jobs. */
    String SYSTEM = "system";

    String currentActor();
}
