package org.thidua.notifications.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.EventJson;
import org.thidua.contracts.campaigns.DeadlineApproaching;
import org.thidua.notifications.routing.HeldNoticeTable.Hold;
import org.thidua.persistence.Sql;
import org.thidua.testing.DatabaseState;
import org.thidua.testing.RealInfrastructure;

/**
 * The held notices' own sweep, the safety net for a race between streams: a unit's projection and an event held for
 * it commit at the same moment, so the projection's change never sees the held event. The sweep runs only when the
 * test calls it (its period is an hour here).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeldNoticesTest implements RealInfrastructure {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealInfrastructure.super.getProperties());
        properties.put("thidua.notifications.pending-sweep", "1h");
        return properties;
    }

    @Inject
    HeldNotices heldNotices;

    @Inject
    HeldNoticeTable held;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aNoticeHeldForAUnitThatArrivedUnseenGoesOutOnTheNextSweep() {
        String unitId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        // registration deadline 28/02/2019, three days left on 25/02/2019
        DeadlineApproaching deadline = new DeadlineApproaching(
                UUID.randomUUID().toString(),
                unitId,
                DeadlineApproaching.Kind.REGISTRATION,
                null,
                LocalDate.of(2019, 2, 28),
                3,
                Instant.parse("2019-02-25T01:00:00Z"));
        transactions.executeWrite(status -> {
            held.keep(Hold.UNIT, unitId, eventId, DeadlineApproaching.TYPE, EventJson.write(deadline));
            // the projection of the unit and its contact, written without the change event the held notice waits for
            Sql.update(
                    jdbc,
                    "INSERT INTO recipient_unit (unit_id, code, name, language, active, updated_at)"
                            + " VALUES (?, 'HN-1', 'Vụ Tổng hợp', 'vi', TRUE, ?)",
                    unitId,
                    Timestamp.from(Instant.now()));
            Sql.update(
                    jdbc,
                    "INSERT INTO recipient_contact (unit_id, email, role, name) VALUES (?, ?, ?, ?)",
                    unitId,
                    "tonghop@held.vn",
                    "EMULATION_OFFICER",
                    "Cán bộ thi đua");
            return null;
        });
        assertThat(count("SELECT COUNT(*) FROM notice WHERE event_id = ?", eventId))
                .isZero();

        heldNotices.sweep();

        assertThat(count("SELECT COUNT(*) FROM pending_notice WHERE event_id = ?", eventId))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM notice WHERE event_id = ? AND unit_id = ?", eventId, unitId))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM delivery WHERE event_id = ? AND recipient = 'tonghop@held.vn'", eventId))
                .isEqualTo(1);

        heldNotices.sweep();
        assertThat(count("SELECT COUNT(*) FROM notice WHERE event_id = ?", eventId))
                .as("released once")
                .isEqualTo(1);
    }

    @Test
    void aNoticeHeldForAUnitStillUnknownStaysHeld() {
        String unitId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        DeadlineApproaching deadline = new DeadlineApproaching(
                UUID.randomUUID().toString(),
                unitId,
                DeadlineApproaching.Kind.REGISTRATION,
                null,
                LocalDate.of(2019, 2, 28),
                3,
                Instant.parse("2019-02-25T01:00:00Z"));
        transactions.executeWrite(status -> {
            held.keep(Hold.UNIT, unitId, eventId, DeadlineApproaching.TYPE, EventJson.write(deadline));
            held.keep(Hold.UNIT, unitId, eventId, DeadlineApproaching.TYPE, EventJson.write(deadline));
            return null;
        });

        heldNotices.sweep();

        assertThat(count("SELECT COUNT(*) FROM pending_notice WHERE event_id = ?", eventId))
                .as("kept once")
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM notice WHERE event_id = ?", eventId))
                .isZero();
    }

    private long count(String sql, Object... parameters) {
        return new DatabaseState(jdbc, transactions).count(sql, parameters);
    }
}
