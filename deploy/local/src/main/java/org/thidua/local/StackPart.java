package org.thidua.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One part of the local stack (ADR 0100): Kafka, MariaDB, SMTP, a service, the portal. {@link Stack} starts the
 * parts in order, gates on their readiness, records their status in the state file ({@code ./thidua status} reads it
 * from another process) and stops them in reverse.
 */
interface StackPart {

    /** Its name in the status table and in failures: "kafka", "units-service", "portal"... */
    String name();

    /** Where it writes what went wrong: a failure to start names this log. */
    Path log();

    /** Starts it: returns once it is up (Kafka, MariaDB, SMTP) or launched (a service: then {@link #awaitReady}). */
    void start();

    /** Blocks until it is ready, at most {@code timeout}; the parts that are ready once started return at once. */
    default void awaitReady(Duration timeout) {}

    /** The progress line once it is ready, e.g. "kafka ready in 3.1 s". */
    String readyLine();

    /** What the state file records of it (SMTP: the server and its mail read endpoint); empty before it started. */
    List<StackState.Part> status();

    /** Whether it is started and not stopped. */
    boolean running();

    /** Stops it if it runs; false if it did not stop in time. Idempotent. */
    boolean stop();

    /** Whether it answers now, by its first status record. */
    default String health() {
        return status().isEmpty() ? "-" : health(status().get(0));
    }

    /** "yes" when the part's readiness endpoint answers 200 (its port listens, for a part without one), else why not. */
    static String health(StackState.Part part) {
        if (part.probe().startsWith("http")) {
            try {
                HttpClient client = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(1))
                        .build();
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(part.probe()))
                                .timeout(Duration.ofSeconds(3))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                return response.statusCode() == 200 ? "yes" : "no (HTTP " + response.statusCode() + ")";
            } catch (IOException e) {
                return "no (" + e.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "?";
            }
        }
        return Ports.isListening(part.port()) ? "yes" : "no (port closed)";
    }
}
