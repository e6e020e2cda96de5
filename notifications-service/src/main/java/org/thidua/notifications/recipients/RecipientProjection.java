package org.thidua.notifications.recipients;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.contracts.groups.GroupLeadershipAssigned;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.contracts.units.ContactChanged;
import org.thidua.contracts.units.MemberJoined;
import org.thidua.contracts.units.MemberLeft;
import org.thidua.contracts.units.MemberUpdated;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.contracts.units.UnitUpdated;
import org.thidua.persistence.Sql;

/**
 * Keeps the recipients projection (units, contacts, members, groups per year) in step with the units and groups
 * streams. Every event carries the state after the change, so each is applied as an upsert and order across
 * streams does not matter. Runs inside the idempotent consumer's transaction; its handlers are registered in
 * {@code NotificationsEventHandlers}.
 */
@Singleton
public class RecipientProjection {

    private static final Logger LOG = LoggerFactory.getLogger(RecipientProjection.class);

    private final RecipientUnitRepository units;
    private final JdbcOperations jdbc;
    private final ApplicationEventPublisher<RecipientChanged> changed;

    RecipientProjection(
            RecipientUnitRepository units, JdbcOperations jdbc, ApplicationEventPublisher<RecipientChanged> changed) {
        this.units = units;
        this.jdbc = jdbc;
        this.changed = changed;
    }

    public void registered(UnitRegistered registered) {
        save(new RecipientUnit(
                registered.unitId(),
                registered.code(),
                registered.name(),
                registered.shortName(),
                languageOf(registered.language()),
                registered.active(),
                Instant.now()));
    }

    public void updated(UnitUpdated updated) {
        boolean active =
                units.findById(updated.unitId()).map(RecipientUnit::active).orElse(true);
        save(new RecipientUnit(
                updated.unitId(),
                updated.code(),
                updated.name(),
                updated.shortName(),
                languageOf(updated.language()),
                active,
                Instant.now()));
    }

    public void deactivated(UnitDeactivated deactivated) {
        units.findById(deactivated.unitId())
                .ifPresentOrElse(
                        unit -> units.update(new RecipientUnit(
                                unit.unitId(),
                                unit.code(),
                                unit.name(),
                                unit.shortName(),
                                unit.language(),
                                false,
                                Instant.now())),
                        () -> LOG.warn(
                                "Deactivation of unit {} that was never registered here; ignored",
                                deactivated.unitId()));
    }

    private void save(RecipientUnit unit) {
        if (units.existsById(unit.unitId())) {
            units.update(unit);
        } else {
            units.save(unit);
        }
        changed.publishEvent(new RecipientChanged(unit.unitId()));
    }

    public void contacts(ContactChanged contacts) {
        Sql.update(jdbc, "DELETE FROM recipient_contact WHERE unit_id = ?", contacts.unitId());
        for (ContactChanged.Contact contact : contacts.contacts()) {
            Sql.update(
                    jdbc,
                    "INSERT IGNORE INTO recipient_contact (unit_id, email, role, name) VALUES (?, ?, ?, ?)",
                    contacts.unitId(),
                    contact.email().trim().toLowerCase(),
                    contact.role().name(),
                    contact.name());
        }
        changed.publishEvent(new RecipientChanged(contacts.unitId()));
    }

    public void joined(MemberJoined m) {
        member(m.unitId(), m.memberId(), m.fullName(), m.email());
    }

    public void updated(MemberUpdated m) {
        member(m.unitId(), m.memberId(), m.fullName(), m.email());
    }

    public void left(MemberLeft m) {
        Sql.update(jdbc, "DELETE FROM recipient_member WHERE unit_id = ? AND member_id = ?", m.unitId(), m.memberId());
    }

    private void member(String unitId, String memberId, String fullName, String email) {
        Sql.update(jdbc, "DELETE FROM recipient_member WHERE unit_id = ? AND member_id = ?", unitId, memberId);
        Sql.update(
                jdbc,
                "INSERT INTO recipient_member (unit_id, member_id, full_name, email) VALUES (?, ?, ?, ?)",
                unitId,
                memberId,
                fullName,
                email == null || email.isBlank() ? null : email.trim().toLowerCase());
    }

    public void group(GroupCreated group) {
        Sql.update(jdbc, "DELETE FROM recipient_group WHERE group_id = ?", group.groupId());
        Sql.update(
                jdbc,
                "INSERT INTO recipient_group (group_id, kind, year, code, name) VALUES (?, ?, ?, ?, ?)",
                group.groupId(),
                group.kind().name(),
                group.year(),
                group.code(),
                group.name());
    }

    public void membership(GroupMembershipChanged membership) {
        Sql.update(jdbc, "DELETE FROM recipient_group_member WHERE group_id = ?", membership.groupId());
        List<String> unitIds = membership.unitIds();
        for (String unitId : unitIds) {
            Sql.update(
                    jdbc,
                    "INSERT IGNORE INTO recipient_group_member (group_id, unit_id) VALUES (?, ?)",
                    membership.groupId(),
                    unitId);
        }
    }

    /** The head and deputy units receive their group's digest of submissions (ADR 0037). */
    public void leadership(GroupLeadershipAssigned leadership) {
        Sql.update(jdbc, "DELETE FROM recipient_group_leadership WHERE group_id = ?", leadership.groupId());
        Sql.update(
                jdbc,
                "INSERT INTO recipient_group_leadership (group_id, head_unit_id, deputy_unit_id)" + " VALUES (?, ?, ?)",
                leadership.groupId(),
                leadership.headUnitId(),
                leadership.deputyUnitId());
    }

    private static String languageOf(String language) {
        return "en".equalsIgnoreCase(language) ? "en" : "vi";
    }
}
