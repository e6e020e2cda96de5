package org.thidua.messaging;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.thidua.contracts.units.MemberJoined;
import org.thidua.contracts.units.MemberLeft;
import org.thidua.contracts.units.MemberUpdated;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.testing.DatabaseState;
import org.thidua.testing.TestInfrastructure;

/** A service's copy of members against the real database: the newest version wins, whatever order events come in. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberTableTest {

    private static final Instant T0 = Instant.parse("2026-01-05T01:00:00Z");

    private ApplicationContext context;
    private TransactionOperations<Connection> transactions;
    private MemberTable members;
    private DatabaseState database;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void start() {
        Map<String, Object> properties = new HashMap<>(TestInfrastructure.get().serviceProperties("member_table"));
        properties.put("test.listener.enabled", "false");
        context = ApplicationContext.run(properties, "test");
        transactions = context.getBean(Argument.of(TransactionOperations.class, Connection.class));
        JdbcOperations jdbc = context.getBean(JdbcOperations.class);
        members = new MemberTable(jdbc, "test_member");
        database = new DatabaseState(jdbc, transactions);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void aMoveAppliedJoinedFirstLeavesTheMemberActiveInTheNewUnit() {
        String member = UUID.randomUUID().toString();
        String from = UUID.randomUUID().toString();
        String to = UUID.randomUUID().toString();
        apply(new MemberJoined(from, member, "Lê Văn Minh", null, null, T0, 0L));
        Instant moved = T0.plusSeconds(60);
        apply(new MemberJoined(to, member, "Lê Văn Minh", null, null, moved, 2L));
        apply(new MemberLeft(from, member, moved, 1L));
        assertThat(row(member))
                .as("the same instant: the version says left came first")
                .isEqualTo(to + "/1/2");
    }

    @Test
    void aReplayedOrOlderVersionChangesNothingAndAnUpdateKeepsTheMemberActive() {
        String member = UUID.randomUUID().toString();
        String unit = UUID.randomUUID().toString();
        apply(new MemberUpdated(unit, member, "Trần Quốc Bảo", "Chuyên viên chính", null, T0.plusSeconds(5), 1L));
        apply(new MemberJoined(unit, member, "Trần Bảo", null, null, T0, 0L));
        assertThat(row(member)).isEqualTo(unit + "/1/1");
        assertThat(name(member)).isEqualTo("Trần Quốc Bảo");
        apply(new MemberLeft(unit, member, T0.plusSeconds(10), 2L));
        apply(new MemberLeft(unit, member, T0.plusSeconds(10), 2L));
        apply(new MemberUpdated(unit, member, "Trần Quốc Bảo", null, null, T0.plusSeconds(5), 1L));
        assertThat(row(member)).isEqualTo(unit + "/0/2");
    }

    @Test
    void eventsWithoutAVersionAreOrderedByTimeAndOtherEventsAreLeftAlone() {
        String member = UUID.randomUUID().toString();
        String unit = UUID.randomUUID().toString();
        apply(new MemberLeft(unit, member, T0.plusSeconds(30), null));
        apply(new MemberJoined(unit, member, "Nguyễn Thị Hương", null, null, T0, null));
        assertThat(row(member)).isEqualTo(unit + "/0/null");
        assertThat(apply(new UnitDeactivated(unit, "Sáp nhập", T0))).isFalse();
    }

    @Test
    void aVersionDecidesOverTimeOnlyWhenBothSidesHaveOne() {
        MemberTable.Stamp versioned = new MemberTable.Stamp(3L, T0);
        assertThat(new MemberTable.Stamp(4L, T0.minusSeconds(1)).isNewerThan(versioned))
                .isTrue();
        assertThat(new MemberTable.Stamp(3L, T0.plusSeconds(1)).isNewerThan(versioned))
                .isFalse();
        assertThat(new MemberTable.Stamp(null, T0.plusSeconds(1)).isNewerThan(versioned))
                .isTrue();
        assertThat(new MemberTable.Stamp(null, T0.minusSeconds(1)).isNewerThan(versioned))
                .isFalse();
        assertThat(new MemberTable.Stamp(5L, T0).isNewerThan(new MemberTable.Stamp(null, T0)))
                .isTrue();
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
        return transactions.executeWrite(status -> members.apply(incoming));
    }

    private String row(String id) {
        return database.fingerprint("SELECT unit_id, active + 0, COALESCE(version, 'null') FROM test_member "
                + "WHERE member_id = '" + id + "'");
    }

    private String name(String id) {
        return database.fingerprint("SELECT full_name FROM test_member WHERE member_id = '" + id + "'");
    }
}
