package org.thidua.awards.directory;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.messaging.MemberTable;
import org.thidua.messaging.UnitTable;
import org.thidua.persistence.Sql;

/**
 * Keeps the local projection of units-service's units, members and group memberships, in the idempotent consumer's
 * transaction. Every row keeps the time of the event it reflects and an older event is ignored, so a replayed or
 * late event never undoes a newer one; a membership event carries the whole member list of its group. Members are
 * ordered by their version ({@link MemberTable}, ADR 41): a move's "left" and "joined" share their instant. Its
 * handlers are registered in {@code AwardsEventHandlers}.
 */
@Singleton
public class DirectoryProjection {

    private final JdbcOperations jdbc;
    private final UnitTable units;
    private final MemberTable members;

    DirectoryProjection(JdbcOperations jdbc) {
        this.jdbc = jdbc;
        this.units = new UnitTable(jdbc, "directory_unit");
        this.members = new MemberTable(jdbc, "directory_member");
    }

    /** The local copy of units ({@code directory_unit}). */
    public UnitTable units() {
        return units;
    }

    /** The local copy of members ({@code directory_member}). */
    public MemberTable members() {
        return members;
    }

    public void membership(GroupMembershipChanged e) {
        Instant known = changedAt("SELECT changed_at FROM directory_group WHERE group_id = ? FOR UPDATE", e.groupId());
        if (known != null && e.occurredAt().isBefore(known)) {
            return;
        }
        if (known == null) {
            Sql.update(
                    jdbc,
                    "INSERT INTO directory_group (group_id, changed_at) VALUES (?, ?)",
                    e.groupId(),
                    Timestamp.from(e.occurredAt()));
        } else {
            Sql.update(
                    jdbc,
                    "UPDATE directory_group SET changed_at = ? WHERE group_id = ?",
                    Timestamp.from(e.occurredAt()),
                    e.groupId());
        }
        Sql.update(jdbc, "DELETE FROM directory_group_member WHERE group_id = ?", e.groupId());
        for (String unitId : new LinkedHashSet<>(e.unitIds())) {
            Sql.update(
                    jdbc,
                    "INSERT INTO directory_group_member (group_id, year, unit_id) VALUES (?, ?, ?)",
                    e.groupId(),
                    e.year(),
                    unitId);
        }
    }

    private Instant changedAt(String sql, String id) {
        return jdbc.prepareStatement(sql, s -> {
            s.setString(1, id);
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getTimestamp("changed_at").toInstant() : null;
            }
        });
    }
}
