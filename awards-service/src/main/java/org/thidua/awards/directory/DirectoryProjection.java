package org.thidua.awards.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.contracts.units.MemberJoined;
import org.thidua.contracts.units.MemberLeft;
import org.thidua.messaging.EventHandler;
import org.thidua.messaging.IncomingEvent;
import org.thidua.messaging.Sql;
import org.thidua.messaging.UnitTable;

/**
 * Keeps the local projection of units-service's units, members and group memberships, in the idempotent consumer's
 * transaction. Every row keeps the time of the event it reflects and an older event is ignored, so a replayed or
 * late event never undoes a newer one; a membership event carries the whole member list of its group.
 */
@Singleton
public class DirectoryProjection implements EventHandler {

    private final JdbcOperations jdbc;
    private final UnitTable units;

    DirectoryProjection(JdbcOperations jdbc) {
        this.jdbc = jdbc;
        this.units = new UnitTable(jdbc, "directory_unit");
    }

    @Override
    public String consumerName() {
        return "awards.directory";
    }

    @Override
    public void handle(IncomingEvent event) {
        if (units.apply(event)) {
            return;
        }
        switch (event.type()) {
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
