package org.thidua.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.HealthCheckType;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * {@code thidua.ready}: 1 while the service's readiness ({@code /health/readiness}, Micronaut's aggregate of its
 * readiness indicators: the database, Kafka, the service's own) is UP, 0 otherwise, read every
 * {@code thidua.metrics.refresh} (10 s). The "service not ready" alert reads it, and the operations status shows the
 * same answer (ADR 93). A readiness that does not answer within 10 s counts as not ready.
 */
@Singleton
@Requires(beans = HealthEndpoint.class)
public class Readiness {

    private final HealthEndpoint health;
    private final AtomicInteger ready = new AtomicInteger();

    Readiness(HealthEndpoint health, MeterRegistry meters) {
        this.health = health;
        Gauge.builder("thidua.ready", ready, AtomicInteger::get)
                .description("1 while the service is ready (its readiness health check is UP), 0 otherwise")
                .register(meters);
    }

    @Scheduled(fixedDelay = "${thidua.metrics.refresh:10s}", initialDelay = "1s")
    void refresh() throws InterruptedException {
        isReady();
    }

    /** Asks the readiness indicators now; the gauge shows the answer. */
    public boolean isReady() throws InterruptedException {
        boolean up;
        try {
            up = first(health.getHealth(null, HealthCheckType.READINESS))
                    .get(10, TimeUnit.SECONDS)
                    .getStatus()
                    .equals(HealthStatus.UP);
        } catch (ExecutionException | TimeoutException notAnswered) {
            up = false;
        }
        ready.set(up ? 1 : 0);
        return up;
    }

    private static <T> CompletableFuture<T> first(Publisher<T> publisher) {
        CompletableFuture<T> result = new CompletableFuture<>();
        publisher.subscribe(new Subscriber<T>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(T item) {
                result.complete(item);
            }

            @Override
            public void onError(Throwable error) {
                result.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                result.completeExceptionally(new IllegalStateException("Readiness gave no answer"));
            }
        });
        return result;
    }
}
