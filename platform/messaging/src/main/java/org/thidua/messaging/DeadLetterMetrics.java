package org.thidua.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code thidua.dead.letters{consumer, event_type}}: the dead letters waiting for an operator (status DEAD), per
 * consumer and event type, counted in the database (so every instance reports the same, whoever dead-lettered them)
 * every {@code thidua.metrics.refresh} (10 s) on the {@code (status, event_type)} index. A record without a type is
 * counted under {@code event_type="unknown"}. ADR 0090.
 */
@Singleton
class DeadLetterMetrics {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final MultiGauge deadLetters;

    DeadLetterMetrics(JdbcOperations jdbc, TransactionOperations<Connection> transactions, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.deadLetters = MultiGauge.builder("thidua.dead.letters")
                .description("Dead letters waiting for an operator, per consumer and event type")
                .register(meters);
    }

    @Scheduled(fixedDelay = "${thidua.metrics.refresh:10s}", initialDelay = "1s")
    void refresh() {
        deadLetters.register(
                counts().stream()
                        .<MultiGauge.Row<?>>map(count -> MultiGauge.Row.of(
                                Tags.of("consumer", count.consumer(), "event_type", count.eventType()),
                                count.waiting()))
                        .toList(),
                true);
    }

    /** The dead letters waiting now, counted as the gauge counts them: the operations status shows it (ADR 93). */
    long open() {
        return counts().stream().mapToLong(Count::waiting).sum();
    }

    private record Count(String consumer, String eventType, long waiting) {}

    private List<Count> counts() {
        return transactions.executeRead(status -> jdbc.prepareStatement("""
                SELECT consumer, COALESCE(event_type, 'unknown'), COUNT(*) FROM dead_letter WHERE status = 'DEAD'
                GROUP BY consumer, event_type""", statement -> {
            List<Count> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(new Count(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return result;
        }));
    }
}
