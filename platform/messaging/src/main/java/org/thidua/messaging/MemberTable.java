package org.thidua.messaging;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.Timestamp;
import java.time.Instant;
import org.thidua.contracts.units.MemberJoined;
import org.thidua.contracts.units.MemberLeft;
import org.thidua.contracts.units.MemberUpdated;
import org.thidua.persistence.Sql;

/**
 * A service's local copy of units-service's members: a table {@code (member_id, unit_id, full_name, active,
 * changed_at, version)} kept by the member events, in the consuming transaction. A member's "left" and "joined" of a
 * move share their instant and travel on different partitions (the two units' keys), so the row keeps the member's
 * version and an event is applied only if it is {@linkplain Stamp#isNewerThan newer} (ADR 41): whatever the order of
 * arrival, the member ends where units-service last put them.
 */
public final class MemberTable {

    private final JdbcOperations jdbc;
    private final String table;

    /** {@code table} is a constant of the calling service (never input): it is put into the SQL as it is. */
    public MemberTable(JdbcOperations jdbc, String table) {
        this.jdbc = jdbc;
        this.table = Sql.tableName(table);
    }

    /** Applies {@code event} if it is a member event; false (and nothing done) for any other type. */
    public boolean apply(IncomingEvent event) {
        switch (event.type()) {
            case MemberJoined.TYPE -> joined(event.data(MemberJoined.class));
            case MemberUpdated.TYPE -> updated(event.data(MemberUpdated.class));
            case MemberLeft.TYPE -> left(event.data(MemberLeft.class));
            default -> {
                return false;
            }
        }
        return true;
    }

    public void joined(MemberJoined e) {
        member(e.memberId(), e.unitId(), e.fullName(), true, new Stamp(e.version(), e.occurredAt()));
    }

    /** Only an active member's details change: the event says where they work after the change. */
    public void updated(MemberUpdated e) {
        member(e.memberId(), e.unitId(), e.fullName(), true, new Stamp(e.version(), e.occurredAt()));
    }

    public void left(MemberLeft e) {
        member(e.memberId(), e.unitId(), null, false, new Stamp(e.version(), e.occurredAt()));
    }

    private void member(String memberId, String unitId, String fullName, boolean active, Stamp stamp) {
        Stamp known = jdbc.prepareStatement(
                "SELECT version, changed_at FROM " + table + " WHERE member_id = ? FOR UPDATE", s -> {
                    s.setString(1, memberId);
                    try (var rs = s.executeQuery()) {
                        return rs.next()
                                ? new Stamp(
                                        rs.getObject(1) == null ? null : rs.getLong(1),
                                        rs.getTimestamp(2).toInstant())
                                : null;
                    }
                });
        if (known == null) {
            Sql.update(
                    jdbc,
                    "INSERT INTO " + table + " (member_id, unit_id, full_name, active, changed_at, version) "
                            + "VALUES (?, ?, ?, ?, ?, ?)",
                    memberId,
                    unitId,
                    fullName,
                    active,
                    Timestamp.from(stamp.at()),
                    stamp.version());
        } else if (stamp.isNewerThan(known)) {
            Sql.update(
                    jdbc,
                    "UPDATE " + table + " SET unit_id = ?, full_name = COALESCE(?, full_name), active = ?, "
                            + "changed_at = ?, version = COALESCE(?, version) WHERE member_id = ?",
                    unitId,
                    fullName,
                    active,
                    Timestamp.from(stamp.at()),
                    stamp.version(),
                    memberId);
        }
    }

    /**
     * Where a member event stands in the member's history: its version (null in events published before issue 14)
     * and its instant.
     */
    public record Stamp(Long version, Instant at) {

        /**
         * Whether an event at this stamp changes a row at {@code known}: by version when both have one (a version
         * seen already, a replay, changes nothing); otherwise by time, a later or equal instant winning, as before
         * versions existed.
         */
        public boolean isNewerThan(Stamp known) {
            if (version != null && known.version() != null) {
                return version > known.version();
            }
            return !at.isBefore(known.at());
        }
    }
}
