package org.thidua.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.Event;
import org.thidua.contracts.EventJson;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.contracts.units.UnitUpdated;
import org.thidua.testing.DatabaseState;
import org.thidua.testing.TestInfrastructure;

/** A service's copy of units against the real database: the newest event wins, whatever order they come in. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitTableTest {

    private static final Instant T0 = Instant.parse("2026-01-05T01:00:00Z");

    private ApplicationContext context;
    private TransactionOperations<Connection> transactions;
    private UnitTable units;
    private DatabaseState database;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void start() {
        Map<String, Object> properties = new HashMap<>(TestInfrastructure.get().serviceProperties("unit_table"));
        properties.put("test.listener.enabled", "false");
        context = ApplicationContext.run(properties, "test");
        transactions = context.getBean(Argument.of(TransactionOperations.class, Connection.class));
        JdbcOperations jdbc = context.getBean(JdbcOperations.class);
        units = new UnitTable(jdbc, "test_unit");
        database = new DatabaseState(jdbc, transactions);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void aLateOlderEventNeverUndoesANewerOne() {
        String id = UUID.randomUUID().toString();
        assertThat(apply(new UnitDeactivated(id, "Sáp nhập", T0.plusSeconds(30))))
                .isTrue();
        assertThat(row(id)).isEqualTo("null/null/0");
        apply(new UnitRegistered(id, "DV-1", "Đơn vị một", null, "vi", true, T0));
        assertThat(row(id))
                .as("the registration is older than the deactivation")
                .isEqualTo("null/null/0");
        apply(updated(id, "DV-1", "Đơn vị một (mới)", T0.plusSeconds(60)));
        assertThat(row(id))
                .as("a newer update changes what it names, not the active flag")
                .isEqualTo("DV-1/Đơn vị một (mới)/0");
        apply(updated(id, "DV-0", "Tên cũ", T0.plusSeconds(10)));
        assertThat(row(id)).isEqualTo("DV-1/Đơn vị một (mới)/0");
    }

    @Test
    void anUpdateBeforeTheRegistrationCreatesAnActiveUnitAndOtherEventsAreLeftAlone() {
        String id = UUID.randomUUID().toString();
        apply(updated(id, "DV-2", "Đơn vị hai", T0));
        assertThat(row(id)).isEqualTo("DV-2/Đơn vị hai/1");
        assertThat(apply(new GroupCreated(id, GroupCreated.Kind.BLOCK, 2026, "K1", "Khối một", T0)))
                .isFalse();
        assertThat(database.count("SELECT COUNT(*) FROM test_unit WHERE unit_id = ?", id))
                .isEqualTo(1);
    }

    @Test
    void onlyATableNameIsAccepted() {
        assertThatThrownBy(() -> new UnitTable(context.getBean(JdbcOperations.class), "unit; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static UnitUpdated updated(String id, String code, String name, Instant at) {
        return new UnitUpdated(id, code, name, null, "vi", null, null, null, at);
    }

    private boolean apply(Event event) {
        IncomingEvent incoming = new IncomingEvent(
                UUID.randomUUID().toString(),
                event.type(),
                "/test",
                event.subject(),
                Instant.now(),
                null,
                EventJson.write(event),
                "test",
                0,
                0);
        return transactions.executeWrite(status -> units.apply(incoming));
    }

    private String row(String id) {
        return database.fingerprint("SELECT code, name, active + 0 FROM test_unit WHERE unit_id = '" + id + "'");
    }
}
