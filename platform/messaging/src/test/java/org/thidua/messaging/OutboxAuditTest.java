package org.thidua.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.Topics;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.testing.Headers;
import org.thidua.testing.TestInfrastructure;
import org.thidua.testing.TopicReader;

/** Who caused an event is stored with it (outbox row and audit_log, same transaction) and travels as ce_thiduaactor. */
class OutboxAuditTest {

    @Test
    void withoutARequestTheActorIsTheSystemInTheAuditLogAndTheEventHeader() {
        Map<String, Object> properties = new HashMap<>(TestInfrastructure.get().serviceProperties("outbox_audit"));
        properties.put("test.listener.enabled", "false");
        String key = UUID.randomUUID().toString();
        try (ApplicationContext context = ApplicationContext.run(properties, "test");
                TopicReader topic = new TopicReader(Topics.UNITS)) {
            TransactionOperations<Connection> transactions =
                    context.getBean(Argument.of(TransactionOperations.class, Connection.class));
            Outbox outbox = context.getBean(Outbox.class);
            transactions.executeWrite(status -> {
                outbox.publish(new UnitRegistered(key, "AUD-1", "Đơn vị", null, "vi", true, Instant.now()));
                outbox.publishAll(List.of(new UnitRegistered(key, "AUD-2", "Đơn vị", null, "vi", true, Instant.now())));
                return null;
            });

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> topic.withKey(key).size() >= 2);
            assertThat(topic.withKey(key))
                    .hasSize(2)
                    .allSatisfy(r -> assertThat(Headers.of(r, "ce_thiduaactor")).isEqualTo(ActorSource.SYSTEM));
            JdbcOperations jdbc = context.getBean(JdbcOperations.class);
            List<String> audit = transactions.executeRead(status -> jdbc.prepareStatement(
                    "SELECT a.actor, a.event_type, o.actor FROM audit_log a JOIN outbox_event o ON o.event_id = a.event_id "
                            + "WHERE a.subject = ? ORDER BY a.id",
                    statement -> {
                        statement.setString(1, key);
                        List<String> rows = new ArrayList<>();
                        try (ResultSet rs = statement.executeQuery()) {
                            while (rs.next()) {
                                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                            }
                        }
                        return rows;
                    }));
            assertThat(audit)
                    .containsExactly(
                            "system thidua.unit.registered.v1 system", "system thidua.unit.registered.v1 system");
        }
    }
}
