package org.thidua.messaging;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.Timestamp;
import java.time.Instant;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.contracts.units.UnitUpdated;
import org.thidua.persistence.Sql;

/**
 * A service's local copy of units-service's units: a table {@code (unit_id, code, name, active, changed_at)} kept by
 * the unit events, in the consuming transaction. The row keeps the time of the event it reflects and an older event
 * is ignored, so a replayed or late event never undoes a newer one; an update for a unit not yet registered creates
 * the row with what it knows.
 */
public final class UnitTable {

    private final JdbcOperations jdbc;
    private final String table;

    /** {@code table} is a constant of the calling service (never input): it is put into the SQL as it is. */
    public UnitTable(JdbcOperations jdbc, String table) {
        this.jdbc = jdbc;
        this.table = Sql.tableName(table);
    }

    /** Applies {@code event} if it is a unit event; false (and nothing done) for any other type. */
    public boolean apply(IncomingEvent event) {
        switch (event.type()) {
            case UnitRegistered.TYPE -> registered(event.data(UnitRegistered.class));
            case UnitUpdated.TYPE -> updated(event.data(UnitUpdated.class));
            case UnitDeactivated.TYPE -> deactivated(event.data(UnitDeactivated.class));
            default -> {
                return false;
            }
        }
        return true;
    }

    public void registered(UnitRegistered e) {
        unit(e.unitId(), e.code(), e.name(), e.active(), e.registeredAt());
    }

    public void updated(UnitUpdated e) {
        unit(e.unitId(), e.code(), e.name(), null, e.occurredAt());
    }

    public void deactivated(UnitDeactivated e) {
        unit(e.unitId(), null, null, false, e.occurredAt());
    }

    private void unit(String unitId, String code, String name, Boolean active, Instant at) {
        Instant known =
                jdbc.prepareStatement("SELECT changed_at FROM " + table + " WHERE unit_id = ? FOR UPDATE", s -> {
                    s.setString(1, unitId);
                    try (var rs = s.executeQuery()) {
                        return rs.next() ? rs.getTimestamp(1).toInstant() : null;
                    }
                });
        if (known == null) {
            Sql.update(
                    jdbc,
                    "INSERT INTO " + table + " (unit_id, code, name, active, changed_at) " + "VALUES (?, ?, ?, ?, ?)",
                    unitId,
                    code,
                    name,
                    active == null || active,
                    Timestamp.from(at));
        } else if (!at.isBefore(known)) {
            Sql.update(
                    jdbc,
                    "UPDATE " + table + " SET code = COALESCE(?, code), name = COALESCE(?, name), "
                            + "active = COALESCE(?, active), changed_at = ? WHERE unit_id = ?",
                    code,
                    name,
                    active,
                    Timestamp.from(at),
                    unitId);
        }
    }
}
