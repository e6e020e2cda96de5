package org.thidua.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.thidua.contracts.Topics;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.testing.RealInfrastructure;

/** The relay names the event Kafka refused, with its trace, in the MDC of the line it logs (ADR 0090). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelayLogContextTest implements RealInfrastructure {

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aRowKafkaRefusesIsLoggedWithItsEventAndTrace() {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.setContext(logging);
        lines.start();
        Logger relayLog = logging.getLogger(OutboxRelay.class);
        relayLog.addAppender(lines);
        String eventId = UUID.randomUUID().toString();
        // 2,000,000 bytes of data: above the producer's max.request.size (1 MiB), so Kafka's client refuses it
        transactions.executeWrite(status -> jdbc.prepareStatement("""
                INSERT INTO outbox_event (event_id, topic, message_key, event_type, payload, traceparent, occurred_at)
                VALUES (?, ?, 'k', ?, ?, '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', ?)""", s -> {
            s.setString(1, eventId);
            s.setString(2, Topics.UNITS);
            s.setString(3, UnitRegistered.TYPE);
            s.setString(4, "x".repeat(2_000_000));
            s.setTimestamp(5, Timestamp.from(Instant.now()));
            return s.executeUpdate();
        }));
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> refusal(lines, eventId) != null);
            ILoggingEvent line = refusal(lines, eventId);
            assertThat(line.getMDCPropertyMap())
                    .containsEntry("event_id", eventId)
                    .containsEntry("event_type", UnitRegistered.TYPE)
                    .containsEntry("trace_id", "0af7651916cd43dd8448eb211c80319c")
                    .containsEntry("span_id", "b7ad6b7169203331");
        } finally {
            relayLog.detachAppender(lines);
            // the refused row would hold up every row after it
            transactions.executeWrite(
                    status -> jdbc.prepareStatement("DELETE FROM outbox_event WHERE event_id = ?", s -> {
                        s.setString(1, eventId);
                        return s.executeUpdate();
                    }));
        }
    }

    private static ILoggingEvent refusal(ListAppender<ILoggingEvent> lines, String eventId) {
        synchronized (lines) { // AppenderBase.doAppend holds the same lock while it adds
            return lines.list.stream()
                    .filter(e -> e.getFormattedMessage().startsWith("Kafka refused event " + eventId))
                    .findFirst()
                    .orElse(null);
        }
    }
}
