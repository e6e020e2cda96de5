package org.thidua.units.group;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.thidua.contracts.groups.GroupLeadershipAssigned;
import org.thidua.messaging.Outbox;
import org.thidua.units.Decision;
import org.thidua.units.Timestamps;
import org.thidua.units.unit.Unit;
import org.thidua.units.unit.UnitRepository;
import org.thidua.units.unit.Units;
import org.thidua.web.Problem;
import org.thidua.web.ProblemException;

/**
 * Use case: assign the year's head unit and deputy of a group ({@code thidua.group.leadership.assigned.v1}); both are
 * active members, and different. Assigning the same pair again publishes nothing.
 */
@Singleton
public class AssigningGroupLeadership {

    private final GroupRepository groups;
    private final GroupMembershipRepository memberships;
    private final UnitRepository unitRepository;
    private final Units units;
    private final Outbox outbox;
    private final GroupLeadershipPolicy policy = new GroupLeadershipPolicy();

    AssigningGroupLeadership(
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

    @Transactional
    public Group assign(String groupId, LeadershipRequest request) {
        Group group = groups.findByIdForUpdate(groupId).orElseThrow(() -> ProblemException.notFound("Group", groupId));
        String head = request.headUnitId().strip();
        String deputy = request.deputyUnitId() == null || request.deputyUnitId().isBlank()
                ? null
                : request.deputyUnitId().strip();
        Set<String> members = memberships.findByGroupIdOrderById(group.id()).stream()
                .map(GroupMembership::unitId)
                .collect(Collectors.toSet());
        Map<String, Unit> leaders =
                unitRepository
                        .findByIdIn(
                                Stream.of(head, deputy).filter(id -> id != null).toList())
                        .stream()
                        .collect(Collectors.toMap(Unit::id, Function.identity()));
        List<Problem.Violation> violations = new ArrayList<>();
        check(violations, "headUnitId", policy.mayHead(head, members), leaders.get(head));
        if (deputy != null) {
            check(violations, "deputyUnitId", policy.mayDeputise(deputy, head, members), leaders.get(deputy));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(
                    "The leadership of " + group.code() + " (" + group.year() + ") was not changed", violations);
        }
        if (group.ledBy(head, deputy)) {
            return group;
        }
        Instant now = Timestamps.now();
        Group updated = groups.update(group.withLeadership(head, deputy, now));
        outbox.publish(new GroupLeadershipAssigned(updated.id(), updated.year(), head, deputy, now));
        return updated;
    }

    private void check(List<Problem.Violation> violations, String field, Decision membership, Unit unit) {
        if (membership.rejected()) {
            violations.add(new Problem.Violation(field, membership.reason()));
            return;
        }
        Decision active = units.activity().mayReceive(unit, "the leadership of a group");
        if (active.rejected()) {
            violations.add(new Problem.Violation(field, active.reason()));
        }
    }
}
