package org.thidua.units.importing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.thidua.contracts.units.ContactChanged;
import org.thidua.messaging.Outbox;
import org.thidua.persistence.BatchInsert;
import org.thidua.units.Decision;
import org.thidua.units.Timestamps;
import org.thidua.units.contact.Contact;
import org.thidua.units.contact.ContactListPolicy;
import org.thidua.units.contact.ContactRepository;
import org.thidua.units.unit.Unit;
import org.thidua.units.unit.UnitActivityPolicy;

/**
 * Use case: import contacts from CSV, all or nothing. Rows add contacts to existing, active units; an address with a
 * role the unit already has (in the database or earlier in the file) is a bad row. Each unit that gained contacts is
 * announced once with {@code thidua.contact.changed.v1} carrying its whole list.
 */
@Singleton
public class ImportingContacts {

    private final ContactRepository contacts;
    private final JdbcOperations jdbc;
    private final UnitLookup lookup;
    private final RowValidator validator;
    private final Outbox outbox;
    private final UnitActivityPolicy activity = new UnitActivityPolicy();
    private final ContactListPolicy policy = new ContactListPolicy();

    ImportingContacts(
            ContactRepository contacts, JdbcOperations jdbc, UnitLookup lookup, RowValidator validator, Outbox outbox) {
        this.contacts = contacts;
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.validator = validator;
        this.outbox = outbox;
    }

    @Transactional
    public ImportReport importCsv(byte[] csv) {
        CsvTable table = CsvTable.parse(csv, Rows.ContactRow.COLUMNS, Rows.ContactRow.REQUIRED);
        RowProblems problems = new RowProblems();
        List<RowValidator.Valid<Rows.ContactRow>> candidates =
                validator.validRows(table, Rows.ContactRow::of, problems);
        Map<String, Unit> units =
                lookup.byCode(candidates.stream().map(c -> c.value().unitCode()).toList());
        Map<String, List<Contact>> lists = new HashMap<>();
        if (!units.isEmpty()) {
            contacts.findByUnitIdIn(units.values().stream().map(Unit::id).toList())
                    .forEach(c -> lists.computeIfAbsent(c.unitId(), k -> new ArrayList<>())
                            .add(c));
        }
        Map<String, Integer> identityRows = new HashMap<>();
        Instant now = Timestamps.now();
        Map<String, List<Contact>> added = new LinkedHashMap<>();
        for (RowValidator.Valid<Rows.ContactRow> candidate : candidates) {
            Rows.ContactRow row = candidate.value();
            Unit unit = units.get(UnitLookup.key(row.unitCode()));
            if (unit == null) {
                problems.add(candidate.row(), "unitCode", "no unit has code " + row.unitCode());
                continue;
            }
            Decision receiving = activity.mayReceive(unit, "contacts");
            if (receiving.rejected()) {
                problems.add(candidate.row(), "unitCode", receiving.reason());
                continue;
            }
            ContactChanged.Role role = ContactChanged.Role.valueOf(row.role());
            Decision decision = policy.mayAdd(lists.getOrDefault(unit.id(), List.of()), row.email(), role);
            if (decision.rejected()) {
                problems.add(candidate.row(), "email", decision.reason());
                continue;
            }
            Integer earlier = identityRows.putIfAbsent(
                    unit.id() + "|" + ContactListPolicy.identity(row.email(), role),
                    candidate.row().number());
            if (earlier != null) {
                problems.add(candidate.row(), "email", "repeats rows[" + earlier + "] (same unit, address and role)");
                continue;
            }
            added.computeIfAbsent(unit.id(), k -> new ArrayList<>())
                    .add(new Contact(UUID.randomUUID().toString(), unit.id(), row.email(), role, row.name(), now));
        }
        problems.throwIfAny(table.rows());

        List<Contact> all = added.values().stream().flatMap(List::stream).toList();
        BatchInsert.insert(
                jdbc,
                "contact",
                List.of("id", "unit_id", "email", "role", "name", "created_at"),
                all,
                (statement, i, c) -> {
                    statement.setString(i, c.id());
                    statement.setString(i + 1, c.unitId());
                    statement.setString(i + 2, c.email());
                    statement.setString(i + 3, c.role().name());
                    statement.setString(i + 4, c.name());
                    statement.setTimestamp(i + 5, Timestamp.from(c.createdAt()));
                });
        added.forEach((unitId, newOnes) -> {
            List<Contact> after = new ArrayList<>(lists.getOrDefault(unitId, List.of()));
            after.addAll(newOnes);
            outbox.publish(new ContactChanged(unitId, policy.published(after), now));
        });
        return new ImportReport("contacts", table.rows().size(), all.size(), added.size());
    }
}
