package org.thidua.campaigns.scope;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.messaging.MemberTable;
import org.thidua.messaging.UnitTable;
import org.thidua.persistence.Sql;

/**
 * Keeps the local projection of units and groups (who is in scope) in step with units-service's events. Runs in
 * the idempotent consumer's transaction. Every row keeps the time of the event it reflects and an older event is
 * ignored, so events replayed or arriving out of order never undo newer ones; membership events carry the whole
 * member list, so a group is right after any one of them, whether or not its units are known yet. Members of units
 * are kept too ({@link MemberTable}, ordered by the member's version), for what registrations and sheets may name.
 * Its handlers are registered in {@link CampaignsEventHandlers}.
 */
@Singleton
public class ScopeProjection {

    private final JdbcOperations jdbc;
    private final UnitTable units;
    private final MemberTable members;

    ScopeProjection(JdbcOperations jdbc) {
        this.jdbc = jdbc;
        this.units = new UnitTable(jdbc, "scope_unit");
        this.members = new MemberTable(jdbc, "scope_member");
    }

    /** The local copy of units ({@code scope_unit}). */
    UnitTable units() {
        return units;
    }

    /** The local copy of members ({@code scope_member}). */
    MemberTable members() {
        return members;
    }

    void groupCreated(GroupCreated e) {
        ensureGroup(e.groupId());
        Sql.update(
                jdbc,
                "UPDATE scope_group SET year = ?, kind = ?, code = ?, name = ? WHERE group_id = ?",
                e.year(),
                e.kind().name(),
                e.code(),
                e.name(),
                e.groupId());
    }

    void membership(GroupMembershipChanged e) {
        ensureGroup(e.groupId());
        Instant known =
                jdbc.prepareStatement("SELECT members_changed_at FROM scope_group WHERE group_id = ? FOR UPDATE", s -> {
                    s.setString(1, e.groupId());
                    try (var rs = s.executeQuery()) {
                        rs.next();
                        Timestamp t = rs.getTimestamp("members_changed_at");
                        return t == null ? null : t.toInstant();
                    }
                });
        if (known != null && e.occurredAt().isBefore(known)) {
            return;
        }
        Sql.update(
                jdbc,
                "UPDATE scope_group SET year = ?, members_changed_at = ? WHERE group_id = ?",
                e.year(),
                Timestamp.from(e.occurredAt()),
                e.groupId());
        Sql.update(jdbc, "DELETE FROM scope_group_member WHERE group_id = ?", e.groupId());
        for (String unitId : new LinkedHashSet<>(e.unitIds())) {
            Sql.update(jdbc, "INSERT INTO scope_group_member (group_id, unit_id) VALUES (?, ?)", e.groupId(), unitId);
        }
    }

    private void ensureGroup(String groupId) {
        Sql.update(jdbc, "INSERT IGNORE INTO scope_group (group_id) VALUES (?)", groupId);
    }
}
