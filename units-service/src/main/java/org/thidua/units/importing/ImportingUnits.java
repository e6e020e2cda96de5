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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thidua.contracts.units.UnitKind;
import org.thidua.messaging.Outbox;
import org.thidua.persistence.BatchInsert;
import org.thidua.units.Decision;
import org.thidua.units.Timestamps;
import org.thidua.units.unit.Unit;
import org.thidua.units.unit.UnitActivityPolicy;
import org.thidua.units.unit.UnitConstraints;
import org.thidua.units.unit.UnitEvents;
import org.thidua.units.unit.UnitHierarchyPolicy;

/**
 * Use case: import units from CSV, all or nothing. Every row is checked first (its fields, a code unique in the file
 * and the database, a parent that exists in one of them and is active, no cycle among the file's parents); any bad
 * row rejects the file with a report of all of them. Otherwise the units are inserted parents first in batches and
 * each is announced with {@code thidua.unit.registered.v1}, in the same transaction.
 */
@Singleton
public class ImportingUnits {

    private static final Logger LOG = LoggerFactory.getLogger(ImportingUnits.class);

    private final JdbcOperations jdbc;
    private final UnitLookup lookup;
    private final RowValidator validator;
    private final Outbox outbox;
    private final UnitHierarchyPolicy hierarchy = new UnitHierarchyPolicy();
    private final UnitActivityPolicy activity = new UnitActivityPolicy();

    ImportingUnits(JdbcOperations jdbc, UnitLookup lookup, RowValidator validator, Outbox outbox) {
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.validator = validator;
        this.outbox = outbox;
    }

    private record Candidate(CsvTable.Row row, Rows.UnitRow unit) {}

    @Transactional
    public ImportReport importCsv(byte[] csv) {
        long started = System.nanoTime();
        CsvTable table = CsvTable.parse(csv, Rows.UnitRow.COLUMNS, Rows.UnitRow.REQUIRED);
        RowProblems problems = new RowProblems();
        Map<String, Candidate> byCode = new LinkedHashMap<>();
        List<String> referencedCodes = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            if (row.problem() != null) {
                problems.add(row, null, row.problem());
                continue;
            }
            Rows.UnitRow unit = Rows.UnitRow.of(row);
            if (!validator.validate(unit, row, problems)) {
                continue;
            }
            Candidate earlier = byCode.putIfAbsent(UnitLookup.key(unit.code()), new Candidate(row, unit));
            if (earlier != null) {
                problems.add(
                        row, "code", "repeats the code of rows[" + earlier.row().number() + "]");
                continue;
            }
            referencedCodes.add(unit.code());
            if (unit.parentCode() != null) {
                referencedCodes.add(unit.parentCode());
            }
        }
        Map<String, Unit> existing = lookup.byCode(referencedCodes);
        Map<String, String> parentInFile = new HashMap<>();
        byCode.forEach((key, candidate) -> {
            if (existing.containsKey(key)) {
                problems.add(
                        candidate.row(),
                        "code",
                        "a unit with code " + candidate.unit().code() + " already exists");
            }
            String parentCode = candidate.unit().parentCode();
            if (parentCode == null) {
                return;
            }
            String parentKey = UnitLookup.key(parentCode);
            if (parentKey.equals(key)) {
                problems.add(candidate.row(), "parentCode", "a unit cannot be its own parent");
            } else if (byCode.containsKey(parentKey)) {
                parentInFile.put(key, parentKey);
            } else if (existing.containsKey(parentKey)) {
                Decision receiving = activity.mayReceive(existing.get(parentKey), "a new sub-unit");
                if (receiving.rejected()) {
                    problems.add(candidate.row(), "parentCode", receiving.reason());
                }
            } else {
                problems.add(
                        candidate.row(),
                        "parentCode",
                        "no unit has code " + parentCode + ", in the database or in this file");
            }
        });
        UnitHierarchyPolicy.Ordering<String> order = hierarchy.order(byCode.keySet(), parentInFile);
        order.cycles()
                .forEach((key, cycle) -> problems.add(
                        byCode.get(key).row(),
                        "parentCode",
                        "the parents make a cycle: "
                                + String.join(
                                        " → ",
                                        cycle.stream()
                                                .map(k -> byCode.get(k).unit().code())
                                                .toList())));
        problems.throwIfAny(table.rows());

        Instant now = Timestamps.now();
        Map<String, String> ids = new HashMap<>();
        List<Unit> created = new ArrayList<>(byCode.size());
        for (String key : order.parentsFirst()) {
            Rows.UnitRow row = byCode.get(key).unit();
            String id = UUID.randomUUID().toString();
            ids.put(key, id);
            String parentId = null;
            if (row.parentCode() != null) {
                String parentKey = UnitLookup.key(row.parentCode());
                parentId = parentInFile.containsKey(key)
                        ? ids.get(parentKey)
                        : existing.get(parentKey).id();
            }
            created.add(new Unit(
                    id,
                    row.code(),
                    row.name(),
                    row.shortName(),
                    row.kind() == null ? null : UnitKind.valueOf(row.kind()),
                    parentId,
                    row.province(),
                    row.language() == null ? UnitConstraints.DEFAULT_LANGUAGE : row.language(),
                    true,
                    0L,
                    now,
                    now,
                    null,
                    null));
        }
        long checked = System.nanoTime();
        insert(created);
        long inserted = System.nanoTime();
        outbox.publishAll(created.stream().map(UnitEvents::registered).toList());
        LOG.info(
                "Imported {} units from CSV: read and checked in {} ms, inserted in {} ms, {} events written to the "
                        + "outbox in {} ms",
                created.size(),
                (checked - started) / 1_000_000,
                (inserted - checked) / 1_000_000,
                created.size(),
                (System.nanoTime() - inserted) / 1_000_000);
        return new ImportReport("units", table.rows().size(), created.size(), created.size());
    }

    /** Multi-row INSERTs: 10,000 units in about half a second (docs/benchmarks.md). */
    private void insert(List<Unit> created) {
        BatchInsert.insert(
                jdbc,
                "unit",
                List.of(
                        "id",
                        "code",
                        "name",
                        "short_name",
                        "kind",
                        "parent_id",
                        "province",
                        "language",
                        "active",
                        "version",
                        "created_at",
                        "updated_at"),
                created,
                (statement, i, unit) -> {
                    statement.setString(i, unit.id());
                    statement.setString(i + 1, unit.code());
                    statement.setString(i + 2, unit.name());
                    statement.setString(i + 3, unit.shortName());
                    statement.setString(
                            i + 4, unit.kind() == null ? null : unit.kind().name());
                    statement.setString(i + 5, unit.parentId());
                    statement.setString(i + 6, unit.province());
                    statement.setString(i + 7, unit.language());
                    statement.setBoolean(i + 8, unit.active());
                    statement.setLong(i + 9, unit.version());
                    statement.setTimestamp(i + 10, Timestamp.from(unit.createdAt()));
                    statement.setTimestamp(i + 11, Timestamp.from(unit.updatedAt()));
                });
    }
}
