package org.thidua.units.importing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.thidua.contracts.groups.GroupLeadershipAssigned;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.messaging.Outbox;
import org.thidua.persistence.BatchInsert;
import org.thidua.units.Decision;
import org.thidua.units.Timestamps;
import org.thidua.units.group.BlockMembershipPolicy;
import org.thidua.units.group.Group;
import org.thidua.units.group.GroupLeadershipPolicy;
import org.thidua.units.group.GroupMembership;
import org.thidua.units.group.GroupMembershipRepository;
import org.thidua.units.group.GroupRepository;
import org.thidua.units.unit.Unit;
import org.thidua.units.unit.UnitActivityPolicy;

/**
 * Use case: import group memberships from CSV, all or nothing. Each row puts an existing, active unit into an existing
 * group of a year (by the group's code), optionally as its HEAD or DEPUTY. A unit already in the group, a second
 * block for a unit in one year (with the database or within the file), an unknown group, a second head or deputy
 * for a group: bad rows. Each group that changed is announced once with {@code thidua.group.membership.changed.v1},
 * then with {@code thidua.group.leadership.assigned.v1} when the file named its head or deputy.
 */
@Singleton
public class ImportingMemberships {

    private final GroupRepository groups;
    private final GroupMembershipRepository memberships;
    private final JdbcOperations jdbc;
    private final UnitLookup lookup;
    private final RowValidator validator;
    private final Outbox outbox;
    private final UnitActivityPolicy activity = new UnitActivityPolicy();
    private final BlockMembershipPolicy blocks = new BlockMembershipPolicy();
    private final GroupLeadershipPolicy leadership = new GroupLeadershipPolicy();

    ImportingMemberships(
            GroupRepository groups,
            GroupMembershipRepository memberships,
            JdbcOperations jdbc,
            UnitLookup lookup,
            RowValidator validator,
            Outbox outbox) {
        this.groups = groups;
        this.memberships = memberships;
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.validator = validator;
        this.outbox = outbox;
    }

    private record Accepted(CsvTable.Row row, Group group, Unit unit, String role) {}

    @Transactional
    public ImportReport importCsv(byte[] csv) {
        CsvTable table = CsvTable.parse(csv, Rows.MembershipRow.COLUMNS, Rows.MembershipRow.REQUIRED);
        RowProblems problems = new RowProblems();
        List<RowValidator.Valid<Rows.MembershipRow>> candidates =
                validator.validRows(table, Rows.MembershipRow::of, problems);
        Set<Integer> years =
                candidates.stream().map(c -> Integer.parseInt(c.value().year())).collect(Collectors.toSet());
        Map<String, Group> groupsByCode = new HashMap<>();
        if (!years.isEmpty()) {
            groups.findByYearIn(years).stream()
                    .sorted(Comparator.comparing(Group::id))
                    // lock each group the file may change, in one order, so concurrent changes queue up
                    .map(g -> groups.findByIdForUpdate(g.id()).orElseThrow())
                    .forEach(g -> groupsByCode.put(groupKey(g.year(), g.code()), g));
        }
        Map<String, Unit> units =
                lookup.byCode(candidates.stream().map(c -> c.value().unitCode()).toList());
        Set<String> present = new HashSet<>();
        Map<String, List<String>> membersOf = new HashMap<>();
        if (!groupsByCode.isEmpty()) {
            memberships
                    .findByGroupIdIn(
                            groupsByCode.values().stream().map(Group::id).toList())
                    .stream()
                    .sorted(Comparator.comparing(GroupMembership::id))
                    .forEach(m -> {
                        present.add(m.groupId() + "|" + m.unitId());
                        membersOf
                                .computeIfAbsent(m.groupId(), k -> new ArrayList<>())
                                .add(m.unitId());
                    });
        }
        Map<String, BlockMembershipPolicy.Seat> seats = existingSeats(units.values(), groupsByCode.values());

        Map<String, Integer> pairRows = new HashMap<>();
        List<Accepted> accepted = new ArrayList<>();
        for (RowValidator.Valid<Rows.MembershipRow> candidate : candidates) {
            Rows.MembershipRow row = candidate.value();
            int year = Integer.parseInt(row.year());
            Group group = groupsByCode.get(groupKey(year, row.groupCode()));
            Unit unit = units.get(UnitLookup.key(row.unitCode()));
            if (group == null) {
                problems.add(candidate.row(), "groupCode", "no group has code " + row.groupCode() + " in " + year);
            }
            if (unit == null) {
                problems.add(candidate.row(), "unitCode", "no unit has code " + row.unitCode());
            }
            if (group == null || unit == null) {
                continue;
            }
            Decision receiving = activity.mayReceive(unit, "a group membership");
            if (receiving.rejected()) {
                problems.add(candidate.row(), "unitCode", receiving.reason());
                continue;
            }
            String pair = group.id() + "|" + unit.id();
            if (present.contains(pair)) {
                problems.add(
                        candidate.row(),
                        "unitCode",
                        "unit " + unit.code() + " is already in group " + group.code() + " (" + year + ")");
                continue;
            }
            Integer earlier = pairRows.putIfAbsent(pair, candidate.row().number());
            if (earlier != null) {
                problems.add(candidate.row(), "unitCode", "repeats rows[" + earlier + "]");
                continue;
            }
            String seatKey = unit.id() + "|" + year;
            Decision block = blocks.mayJoin(group.kind(), year, group.id(), unit.code(), seats.get(seatKey));
            if (block.rejected()) {
                problems.add(candidate.row(), "groupCode", block.reason());
                continue;
            }
            if (group.isBlock()) {
                seats.put(seatKey, new BlockMembershipPolicy.Seat(group.id(), group.code(), year));
            }
            accepted.add(new Accepted(candidate.row(), group, unit, row.effectiveRole()));
        }
        Map<String, Accepted> heads = leaders(accepted, "HEAD", problems);
        Map<String, Accepted> deputies = leaders(accepted, "DEPUTY", problems);
        Map<String, Group> led = new LinkedHashMap<>();
        for (Accepted a : accepted) {
            if (!"MEMBER".equals(a.role())) {
                led.putIfAbsent(a.group().id(), a.group());
            }
        }
        led.values().forEach(group -> {
            Accepted newHead = heads.get(group.id());
            Accepted newDeputy = deputies.get(group.id());
            String head = newHead != null ? newHead.unit().id() : group.headUnitId();
            String deputy = newDeputy != null ? newDeputy.unit().id() : group.deputyUnitId();
            Decision decision = head == null
                    ? leadership.mayHead(null, Set.of())
                    : deputy != null && deputy.equals(head)
                            ? leadership.mayDeputise(deputy, head, Set.of(head))
                            : Decision.allow();
            if (decision.rejected()) {
                Accepted at = newDeputy != null ? newDeputy : newHead;
                problems.add(
                        at.row(), "role", decision.reason() + " (group " + group.code() + ", " + group.year() + ")");
            }
        });
        problems.throwIfAny(table.rows());

        Instant now = Timestamps.now();
        List<GroupMembership> created = accepted.stream()
                .map(a -> GroupMembership.of(a.group(), a.unit().id(), now))
                .toList();
        BatchInsert.insert(
                jdbc,
                "group_membership",
                List.of("group_id", "unit_id", "year", "block_year", "added_at"),
                created,
                (statement, i, m) -> {
                    statement.setString(i, m.groupId());
                    statement.setString(i + 1, m.unitId());
                    statement.setInt(i + 2, m.year());
                    statement.setObject(i + 3, m.blockYear());
                    statement.setTimestamp(i + 4, Timestamp.from(m.addedAt()));
                });
        Map<String, List<String>> addedTo = new LinkedHashMap<>();
        Map<String, Group> changed = new LinkedHashMap<>();
        for (Accepted a : accepted) {
            addedTo.computeIfAbsent(a.group().id(), k -> new ArrayList<>())
                    .add(a.unit().id());
            changed.putIfAbsent(a.group().id(), a.group());
        }
        int events = 0;
        for (Group group : changed.values()) {
            List<String> added = addedTo.get(group.id());
            List<String> after = new ArrayList<>(membersOf.getOrDefault(group.id(), List.of()));
            after.addAll(added);
            outbox.publish(new GroupMembershipChanged(group.id(), group.year(), after, added, List.of(), now));
            events++;
            if (led.containsKey(group.id())) {
                String head = heads.containsKey(group.id())
                        ? heads.get(group.id()).unit().id()
                        : group.headUnitId();
                String deputy = deputies.containsKey(group.id())
                        ? deputies.get(group.id()).unit().id()
                        : group.deputyUnitId();
                if (!group.ledBy(head, deputy)) {
                    Group updated = groups.update(group.withLeadership(head, deputy, now));
                    outbox.publish(new GroupLeadershipAssigned(updated.id(), updated.year(), head, deputy, now));
                    events++;
                }
            }
        }
        return new ImportReport("memberships", table.rows().size(), created.size(), events);
    }

    /** The one row naming each group's {@code role} (HEAD or DEPUTY); a second one for a group is a bad row. */
    private static Map<String, Accepted> leaders(List<Accepted> accepted, String role, RowProblems problems) {
        Map<String, Accepted> leaders = new HashMap<>();
        for (Accepted a : accepted) {
            if (!role.equals(a.role())) {
                continue;
            }
            Accepted earlier = leaders.putIfAbsent(a.group().id(), a);
            if (earlier != null) {
                problems.add(
                        a.row(),
                        "role",
                        "group " + a.group().code() + " (" + a.group().year() + ") has its " + role + " in rows["
                                + earlier.row().number() + "] already");
            }
        }
        return leaders;
    }

    /** Each of these units' block seats in the years of {@code groups}, keyed by unit id and year. */
    private Map<String, BlockMembershipPolicy.Seat> existingSeats(
            Collection<Unit> units, Collection<Group> groupsOfFile) {
        Map<String, BlockMembershipPolicy.Seat> seats = new HashMap<>();
        if (units.isEmpty()) {
            return seats;
        }
        List<GroupMembership> taken = memberships.findByUnitIdInAndBlockYearIsNotNull(
                units.stream().map(Unit::id).toList());
        Map<String, String> codes = new HashMap<>();
        groupsOfFile.forEach(g -> codes.put(g.id(), g.code()));
        Set<String> unknown = taken.stream()
                .map(GroupMembership::groupId)
                .filter(id -> !codes.containsKey(id))
                .collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            groups.findByIdIn(unknown).forEach(g -> codes.put(g.id(), g.code()));
        }
        taken.forEach(m -> seats.put(
                m.unitId() + "|" + m.year(),
                new BlockMembershipPolicy.Seat(m.groupId(), Objects.requireNonNull(codes.get(m.groupId())), m.year())));
        return seats;
    }

    private static String groupKey(int year, String code) {
        return year + "|" + code.toUpperCase(Locale.ROOT);
    }
}
