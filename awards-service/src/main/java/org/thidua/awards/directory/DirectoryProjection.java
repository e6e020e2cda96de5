package org.thidua.awards.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.contracts.units.MemberJoined;
import org.thidua.contracts.units.MemberLeft;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.contracts.units.UnitUpdated;
import org.thidua.messaging.EventHandler;
import org.thidua.messaging.IncomingEvent;
import org.thidua.messaging.Sql;

/**
 * Keeps the local projection of units-service's units, members and group memberships, in the idempotent consumer's
 * transaction. Every row keeps the time of the event it reflects and an older event is ignored, so a replayed or
 * late event never undoes a newer one; a membership event carries the whole member list of its group.
 */
@Singleton
public class DirectoryProjection implements EventHandler {

    private final JdbcOperations jdbc;

    DirectoryProjection(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String consumerName() {
        return "awards.directory";
    }

    @Override
    public void handle(IncomingEvent event) {
        switch (event.type()) {
            case UnitRegistered.TYPE -> {
                UnitRegistered e = event.data(UnitRegistered.class);
                unit(e.unitId(), e.code(), e.name(), e.active(), e.registeredAt());
            }
            case UnitUpdated.TYPE -> {
                UnitUpdated e = event.data(UnitUpdated.class);
                unit(e.unitId(), e.code(), e.name(), null, e.occurredAt());
            }
            case UnitDeactivated.TYPE -> {
                UnitDeactivated e = event.data(UnitDeactivated.class);
                unit(e.unitId(), null, null, false, e.occurredAt());
            }
            case MemberJoined.TYPE -> {
                MemberJoined e = event.data(MemberJoined.class);
                member(e.memberId(), e.unitId(), e.fullName(), true, e.occurredAt());
            }
            case MemberLeft.TYPE -> {
                MemberLeft e = event.data(MemberLeft.class);
                member(e.memberId(), e.unitId(), null, false, e.occurredAt());
            }
            case GroupMembershipChanged.TYPE -> membership(event.data(GroupMembershipChanged.class));
            default -> {
                // contacts, leadership and group names are not needed to nominate or disclose
            }
        }
    }

    private void unit(String unitId, String code, String name, Boolean active, Instant at) {
        Instant known = changedAt("SELECT changed_at FROM directory_unit WHERE unit_id = ? FOR UPDATE", unitId);
        if (known == null) {
            Sql.update(jdbc, "INSERT INTO directory_unit (unit_id, code, name, active, changed_at) "
                    + "VALUES (?, ?, ?, ?, ?)", unitId, code, name, active == null || active, Timestamp.from(at));
        } else if (!at.isBefore(known)) {
            Sql.update(jdbc, "UPDATE directory_unit SET code = COALESCE(?, code), name = COALESCE(?, name), "
                    + "active = COALESCE(?, active), changed_at = ? WHERE unit_id = ?",
                    code, name, active, Timestamp.from(at), unitId);
        }
    }

    private void member(String memberId, String unitId, String fullName, boolean active, Instant at) {
        Instant known = changedAt("SELECT changed_at FROM directory_member WHERE member_id = ? FOR UPDATE", memberId);
        if (known == null) {
            Sql.update(jdbc, "INSERT INTO directory_member (member_id, unit_id, full_name, active, changed_at) "
                    + "VALUES (?, ?, ?, ?, ?)", memberId, unitId, fullName, active, Timestamp.from(at));
        } else if (!at.isBefore(known)) {
            Sql.update(jdbc, "UPDATE directory_member SET unit_id = ?, full_name = COALESCE(?, full_name), active = ?, "
                    + "changed_at = ? WHERE member_id = ?", unitId, fullName, active, Timestamp.from(at), memberId);
        }
    }

    private void membership(GroupMembershipChanged e) {
        Instant known = changedAt("SELECT changed_at FROM directory_group WHERE group_id = ? FOR UPDATE", e.groupId());
        if (known != null && e.occurredAt().isBefore(known)) {
            return;
        }
        if (known == null) {
            Sql.update(jdbc, "INSERT INTO directory_group (group_id, changed_at) VALUES (?, ?)", e.groupId(),
                    Timestamp.from(e.occurredAt()));
        } else {
            Sql.update(jdbc, "UPDATE directory_group SET changed_at = ? WHERE group_id = ?",
                    Timestamp.from(e.occurredAt()), e.groupId());
        }
        Sql.update(jdbc, "DELETE FROM directory_group_member WHERE group_id = ?", e.groupId());
        for (String unitId : new LinkedHashSet<>(e.unitIds())) {
            Sql.update(jdbc, "INSERT INTO directory_group_member (group_id, year, unit_id) VALUES (?, ?, ?)",
                    e.groupId(), e.year(), unitId);
        }
    }

    private Instant changedAt(String sql, String id) {
        return jdbc.prepareStatement(sql, s -> {
            s.setString(1, id);
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getTimestamp(1).toInstant() : null;
            }
        });
    }

}
