package org.thidua.messaging;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.thidua.web.ProblemAnswers;

/**
 * What an operator (ADMIN, OPERATOR; ADR 93) asks a service first: is it ready, is its outbox getting its events out,
 * are its consumers keeping up, has anything been given up on. Read from what the metrics read: the readiness check
 * ({@link Readiness}), the outbox ({@link OutboxStore}), the consumer-lag gauge's last reading
 * ({@link ConsumerLagMetrics}, every 10 s) and the dead-letter count ({@link DeadLetterMetrics}).
 */
@Controller("/api/v1/operations")
@Tag(name = "operations")
@ProblemAnswers
public class OperationsController {

    private final String service;
    private final Readiness readiness;
    private final OutboxStore outbox;
    private final ConsumerLagMetrics lag;
    private final DeadLetterMetrics deadLetters;

    OperationsController(
            @Value("${micronaut.application.name}") String service,
            Readiness readiness,
            OutboxStore outbox,
            @Nullable ConsumerLagMetrics lag,
            DeadLetterMetrics deadLetters) {
        this.service = service;
        this.readiness = readiness;
        this.outbox = outbox;
        this.lag = lag;
        this.deadLetters = deadLetters;
    }

    /** The service's operations status. */
    @Get("/status")
    Status status() throws InterruptedException {
        boolean ready = readiness.isReady();
        OutboxStore.Backlog backlog = outbox.backlog();
        long age = backlog.oldest() == null
                ? 0
                : Math.max(0, Duration.between(backlog.oldest(), Instant.now()).toSeconds());
        List<Consumer> consumers = lag == null
                ? List.of()
                : lag.lastRead().stream()
                        .map(l -> new Consumer(l.group(), l.topic(), l.lag()))
                        .toList();
        return new Status(
                service, ready, new Outbox(backlog.size(), age), consumers, new DeadLetterCount(deadLetters.open()));
    }

    /**
     * A service's operations status: {@code ready} as {@code /health/readiness} says; the outbox's unsent events and
     * the age of the oldest (0 when none waits); each consumer group's lag per topic as the lag gauge last read it
     * (empty in a service without consumers, or before the first reading); the dead letters waiting (DEAD).
     */
    @Serdeable
    public record Status(
            String service, boolean ready, Outbox outbox, List<Consumer> consumers, DeadLetterCount deadLetters) {}

    /** Events committed but not yet on Kafka, and how long the oldest has waited, in whole seconds. */
    @Serdeable
    public record Outbox(long backlog, long oldestAgeSeconds) {}

    /** Records {@code group} has still to read of {@code topic}. */
    @Serdeable
    public record Consumer(String group, String topic, long lag) {}

    /** Dead letters waiting for an operator. */
    @Serdeable
    public record DeadLetterCount(long open) {}
}
