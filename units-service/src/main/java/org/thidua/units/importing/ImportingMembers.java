package org.thidua.units.importing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.thidua.contracts.units.MemberJoined;
import org.thidua.messaging.Outbox;
import org.thidua.persistence.BatchInsert;
import org.thidua.units.Decision;
import org.thidua.units.Timestamps;
import org.thidua.units.member.Member;
import org.thidua.units.member.MemberRepository;
import org.thidua.units.unit.Unit;
import org.thidua.units.unit.UnitActivityPolicy;

/**
 * Use case: import members from CSV, all or nothing. Each row is a person joining an existing, active unit
 * ({@code thidua.member.joined.v1}); an address already used by an active member of the same unit (in the database
 * or earlier in the file) is a bad row, so a file imported twice is refused rather than doubling everyone.
 */
@Singleton
public class ImportingMembers {

    private final MemberRepository members;
    private final JdbcOperations jdbc;
    private final UnitLookup lookup;
    private final RowValidator validator;
    private final Outbox outbox;
    private final UnitActivityPolicy activity = new UnitActivityPolicy();

    ImportingMembers(
            MemberRepository members, JdbcOperations jdbc, UnitLookup lookup, RowValidator validator, Outbox outbox) {
        this.members = members;
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.validator = validator;
        this.outbox = outbox;
    }

    @Transactional
    public ImportReport importCsv(byte[] csv) {
        CsvTable table = CsvTable.parse(csv, Rows.MemberRow.COLUMNS, Rows.MemberRow.REQUIRED);
        RowProblems problems = new RowProblems();
        List<RowValidator.Valid<Rows.MemberRow>> candidates = validator.validRows(table, Rows.MemberRow::of, problems);
        Map<String, Unit> units =
                lookup.byCode(candidates.stream().map(c -> c.value().unitCode()).toList());
        Set<String> addresses = new HashSet<>();
        if (!units.isEmpty()) {
            members
                    .findByUnitIdInAndActive(
                            units.values().stream().map(Unit::id).toList(), true)
                    .stream()
                    .filter(m -> m.email() != null)
                    .forEach(m -> addresses.add(address(m.unitId(), m.email())));
        }
        Map<String, Integer> addressRows = new HashMap<>();
        List<RowValidator.Valid<Rows.MemberRow>> accepted = new ArrayList<>();
        for (RowValidator.Valid<Rows.MemberRow> candidate : candidates) {
            Unit unit = units.get(UnitLookup.key(candidate.value().unitCode()));
            if (unit == null) {
                problems.add(
                        candidate.row(),
                        "unitCode",
                        "no unit has code " + candidate.value().unitCode());
                continue;
            }
            Decision receiving = activity.mayReceive(unit, "a new member");
            if (receiving.rejected()) {
                problems.add(candidate.row(), "unitCode", receiving.reason());
                continue;
            }
            String email = candidate.value().email();
            if (email != null) {
                String address = address(unit.id(), email);
                Integer earlier =
                        addressRows.putIfAbsent(address, candidate.row().number());
                if (addresses.contains(address)) {
                    problems.add(
                            candidate.row(),
                            "email",
                            "unit " + unit.code() + " already has an active member " + "with address " + email);
                    continue;
                }
                if (earlier != null) {
                    problems.add(
                            candidate.row(), "email", "repeats the address of rows[" + earlier + "] in the same unit");
                    continue;
                }
            }
            accepted.add(candidate);
        }
        problems.throwIfAny(table.rows());

        Instant now = Timestamps.now();
        List<Member> created = new ArrayList<>(accepted.size());
        for (RowValidator.Valid<Rows.MemberRow> candidate : accepted) {
            Rows.MemberRow row = candidate.value();
            created.add(new Member(
                    UUID.randomUUID().toString(),
                    units.get(UnitLookup.key(row.unitCode())).id(),
                    row.fullName(),
                    row.position(),
                    row.email(),
                    true,
                    0L,
                    now,
                    now));
        }
        BatchInsert.insert(
                jdbc,
                "member",
                List.of(
                        "id",
                        "unit_id",
                        "full_name",
                        "position",
                        "email",
                        "active",
                        "version",
                        "created_at",
                        "updated_at"),
                created,
                (statement, i, m) -> {
                    statement.setString(i, m.id());
                    statement.setString(i + 1, m.unitId());
                    statement.setString(i + 2, m.fullName());
                    statement.setString(i + 3, m.position());
                    statement.setString(i + 4, m.email());
                    statement.setBoolean(i + 5, m.active());
                    statement.setLong(i + 6, m.version());
                    statement.setTimestamp(i + 7, Timestamp.from(m.createdAt()));
                    statement.setTimestamp(i + 8, Timestamp.from(m.updatedAt()));
                });
        BatchInsert.insert(
                jdbc, "member_assignment", List.of("member_id", "unit_id", "joined_at"), created, (statement, i, m) -> {
                    statement.setString(i, m.id());
                    statement.setString(i + 1, m.unitId());
                    statement.setTimestamp(i + 2, Timestamp.from(now));
                });
        outbox.publishAll(created.stream()
                .map(m -> new MemberJoined(m.unitId(), m.id(), m.fullName(), m.position(), m.email(), now, m.version()))
                .toList());
        return new ImportReport("members", table.rows().size(), created.size(), created.size());
    }

    private static String address(String unitId, String email) {
        return unitId + "|" + email.toLowerCase(Locale.ROOT);
    }
}
