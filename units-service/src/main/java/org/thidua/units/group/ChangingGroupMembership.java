package org.thidua.units.group;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.messaging.Outbox;
import org.thidua.units.Decision;
import org.thidua.units.Timestamps;
import org.thidua.units.unit.Unit;
import org.thidua.units.unit.UnitRepository;
import org.thidua.units.unit.Units;
import org.thidua.web.Problem;
import org.thidua.web.ProblemException;

/**
 * Use cases on a group's members: add units, replace the whole membership, remove one unit. Each change publishes one
 * {@code thidua.group.membership.changed.v1} with the members after it and the difference; a request that changes
 * nothing publishes nothing. A unit is in at most one block a year ({@link BlockMembershipPolicy}); deactivated units
 * join nothing; the head and deputy cannot leave while they lead ({@link GroupLeadershipPolicy}).
 */
@Singleton
public class ChangingGroupMembership {

    private final GroupRepository groups;
    private final GroupMembershipRepository memberships;
    private final UnitRepository unitRepository;
    private final Units units;
    private final Outbox outbox;
    private final BlockMembershipPolicy blocks = new BlockMembershipPolicy();
    private final GroupLeadershipPolicy leadership = new GroupLeadershipPolicy();

    ChangingGroupMembership(
            GroupRepository groups,
            GroupMembershipRepository memberships,
            UnitRepository unitRepository,
            Units units,
            Outbox outbox) {
        this.groups = groups;
        this.memberships = memberships;
        this.unitRepository = unitRepository;
        this.units = units;
        this.outbox = outbox;
    }

    /** Adds units (those already in the group are left as they are). */
    @Transactional
    public MembershipResponse add(String groupId, List<String> unitIds) {
        Group group = lock(groupId);
        List<GroupMembership> current = memberships.findByGroupIdOrderById(group.id());
        Set<String> present = current.stream().map(GroupMembership::unitId).collect(Collectors.toSet());
        Map<String, String> toAdd = new LinkedHashMap<>();
        for (int i = 0; i < unitIds.size(); i++) {
            String unitId = unitIds.get(i).strip();
            if (!present.contains(unitId)) {
                toAdd.putIfAbsent(unitId, "unitIds[" + i + "]");
            }
        }
        return apply(group, current, toAdd, List.of());
    }

    /** Makes the group's members exactly {@code unitIds}. */
    @Transactional
    public MembershipResponse replace(String groupId, List<String> unitIds) {
        Group group = lock(groupId);
        List<GroupMembership> current = memberships.findByGroupIdOrderById(group.id());
        Set<String> present = current.stream().map(GroupMembership::unitId).collect(Collectors.toSet());
        Map<String, String> toAdd = new LinkedHashMap<>();
        Set<String> wanted = new LinkedHashSet<>();
        for (int i = 0; i < unitIds.size(); i++) {
            String unitId = unitIds.get(i).strip();
            wanted.add(unitId);
            if (!present.contains(unitId)) {
                toAdd.putIfAbsent(unitId, "unitIds[" + i + "]");
            }
        }
        List<GroupMembership> toRemove =
                current.stream().filter(m -> !wanted.contains(m.unitId())).toList();
        return apply(group, current, toAdd, toRemove);
    }

    @Transactional
    public MembershipResponse remove(String groupId, String unitId) {
        Group group = lock(groupId);
        List<GroupMembership> current = memberships.findByGroupIdOrderById(group.id());
        List<GroupMembership> toRemove =
                current.stream().filter(m -> m.unitId().equals(unitId)).toList();
        if (toRemove.isEmpty()) {
            throw ProblemException.notFound(
                    "Membership", "of unit " + unitId + " in group " + group.code() + " (" + group.year() + ")");
        }
        return apply(group, current, Map.of(), toRemove);
    }

    private Group lock(String groupId) {
        return groups.findByIdForUpdate(groupId).orElseThrow(() -> ProblemException.notFound("Group", groupId));
    }

    /** {@code toAdd} maps each unit to add to the request field that named it. */
    private MembershipResponse apply(
            Group group, List<GroupMembership> current, Map<String, String> toAdd, List<GroupMembership> toRemove) {
        for (GroupMembership leaving : toRemove) {
            Decision decision = leadership.mayLeave(leaving.unitId(), group.headUnitId(), group.deputyUnitId());
            if (decision.rejected()) {
                throw ProblemException.invalidState(group.roleOf(leaving.unitId()), decision.reason());
            }
        }
        List<Problem.Violation> violations = new ArrayList<>();
        Map<String, Unit> found = toAdd.isEmpty()
                ? Map.of()
                : unitRepository.findByIdIn(toAdd.keySet()).stream()
                        .collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<String, BlockMembershipPolicy.Seat> seats =
                group.isBlock() ? blockSeats(toAdd.keySet(), group.year()) : Map.of();
        toAdd.forEach((unitId, field) -> {
            Unit unit = found.get(unitId);
            if (unit == null) {
                violations.add(new Problem.Violation(field, "no unit has id " + unitId));
                return;
            }
            Decision active = units.activity().mayReceive(unit, "a group membership");
            Decision block = blocks.mayJoin(group.kind(), group.year(), group.id(), unit.code(), seats.get(unitId));
            for (Decision decision : List.of(active, block)) {
                if (decision.rejected()) {
                    violations.add(new Problem.Violation(field, decision.reason()));
                }
            }
        });
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(
                    "Nothing was changed: " + violations.size() + " of the units cannot join " + group.code() + " ("
                            + group.year() + ")",
                    violations);
        }
        List<String> removed = toRemove.stream().map(GroupMembership::unitId).toList();
        if (toAdd.isEmpty() && removed.isEmpty()) {
            List<String> unitIds = current.stream().map(GroupMembership::unitId).toList();
            return new MembershipResponse(group.id(), group.year(), unitIds, List.of(), List.of());
        }
        Instant now = Timestamps.now();
        if (!toRemove.isEmpty()) {
            memberships.deleteAll(toRemove);
        }
        List<String> added = new ArrayList<>(toAdd.keySet());
        if (!added.isEmpty()) {
            memberships.saveAll(added.stream()
                    .map(unitId -> GroupMembership.of(group, unitId, now))
                    .toList());
        }
        List<String> unitIds = new ArrayList<>(current.stream()
                .map(GroupMembership::unitId)
                .filter(u -> !removed.contains(u))
                .toList());
        unitIds.addAll(added);
        outbox.publish(new GroupMembershipChanged(group.id(), group.year(), unitIds, added, removed, now));
        return new MembershipResponse(group.id(), group.year(), unitIds, added, removed);
    }

    /** The block each of these units is in during {@code year}, with the block's code for messages. */
    private Map<String, BlockMembershipPolicy.Seat> blockSeats(Set<String> unitIds, int year) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        List<GroupMembership> taken = memberships.findByUnitIdInAndBlockYear(unitIds, year);
        Map<String, String> codes = new HashMap<>();
        groups.findByIdIn(taken.stream().map(GroupMembership::groupId).collect(Collectors.toSet()))
                .forEach(g -> codes.put(g.id(), g.code()));
        Map<String, BlockMembershipPolicy.Seat> seats = new HashMap<>();
        taken.forEach(
                m -> seats.put(m.unitId(), new BlockMembershipPolicy.Seat(m.groupId(), codes.get(m.groupId()), year)));
        return seats;
    }
}
