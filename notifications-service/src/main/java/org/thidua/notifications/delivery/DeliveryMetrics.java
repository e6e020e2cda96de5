package org.thidua.notifications.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What an operator asks of the e-mail side (ADR 0090): {@code thidua.deliveries{state}}, the deliveries in each state
 * (every state, zero included), and {@code thidua.fanout.units.waiting}, the units of fan-outs still in chunks (not
 * yet given their notice and deliveries). Both are read from the database, so every instance reports the same, at
 * scrape time but at most once every {@code thidua.metrics.cache} (5 s): one GROUP BY on the {@code (state, ...)}
 * index and one SUM over the (small: done chunks are deleted) chunk table.
 */
@Context
class DeliveryMetrics {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final long cacheNanos;
    private Snapshot snapshot;

    private record Snapshot(long readAt, Map<DeliveryState, Long> deliveries, long unitsWaiting) {}

    DeliveryMetrics(
            JdbcOperations jdbc,
            TransactionOperations<Connection> transactions,
            MeterRegistry meters,
            @Value("${thidua.metrics.cache:5s}") Duration cache) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.cacheNanos = cache.toNanos();
        for (DeliveryState state : DeliveryState.values()) {
            Gauge.builder(
                            "thidua.deliveries",
                            this,
                            m -> m.current().deliveries().get(state))
                    .tag("state", state.name().toLowerCase(Locale.ROOT))
                    .description("E-mail deliveries in each state")
                    .register(meters);
        }
        Gauge.builder("thidua.fanout.units.waiting", this, m -> m.current().unitsWaiting())
                .description("Units of fan-outs still waiting in chunks for their notice and deliveries")
                .register(meters);
    }

    private synchronized Snapshot current() {
        long now = System.nanoTime();
        if (snapshot == null || now - snapshot.readAt() >= cacheNanos) {
            snapshot = read(now);
        }
        return snapshot;
    }

    private Snapshot read(long now) {
        return transactions.executeRead(status -> {
            Map<DeliveryState, Long> deliveries = new EnumMap<>(DeliveryState.class);
            for (DeliveryState state : DeliveryState.values()) {
                deliveries.put(state, 0L);
            }
            jdbc.prepareStatement("SELECT state, COUNT(*) AS deliveries FROM delivery GROUP BY state", statement -> {
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        deliveries.put(DeliveryState.valueOf(rs.getString("state")), rs.getLong("deliveries"));
                    }
                }
                return null;
            });
            long waiting =
                    jdbc.prepareStatement("SELECT COALESCE(SUM(units), 0) AS waiting FROM fanout_chunk", statement -> {
                        try (ResultSet rs = statement.executeQuery()) {
                            rs.next();
                            return rs.getLong("waiting");
                        }
                    });
            return new Snapshot(now, deliveries, waiting);
        });
    }
}
