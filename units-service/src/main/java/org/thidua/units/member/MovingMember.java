package org.thidua.units.member;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.thidua.contracts.units.MemberJoined;
import org.thidua.contracts.units.MemberLeft;
import org.thidua.messaging.Outbox;
import org.thidua.units.Timestamps;
import org.thidua.units.unit.Unit;
import org.thidua.units.unit.Units;
import org.thidua.web.ProblemException;

/**
 * Use case: a member moves to another unit. The stay in the old unit ends and one in the new unit starts (history
 * kept); the old unit's stream gets {@code thidua.member.left.v1}, the new unit's {@code thidua.member.joined.v1},
 * with the same member id and the same instant, but successive versions (the member leaves, then joins), which is
 * what consumers order them by.
 */
@Singleton
public class MovingMember {

    private final MemberRepository members;
    private final MemberAssignmentRepository assignments;
    private final Members lookup;
    private final Units units;
    private final Outbox outbox;

    MovingMember(
            MemberRepository members,
            MemberAssignmentRepository assignments,
            Members lookup,
            Units units,
            Outbox outbox) {
        this.members = members;
        this.assignments = assignments;
        this.lookup = lookup;
        this.units = units;
        this.outbox = outbox;
    }

    @Transactional
    public Member move(String unitId, String memberId, MoveRequest request) {
        Member member = lookup.requireInUnitForUpdate(unitId, memberId);
        Members.requireActive(member);
        String target = request.unitId().strip();
        if (target.equals(member.unitId())) {
            throw ProblemException.invalidField("unitId", "the member is already in this unit");
        }
        Unit to = units.requireReferenced("unitId", target, "a new member");
        Instant now = Timestamps.now();
        assignments
                .findByMemberIdAndLeftAtIsNull(member.id())
                .ifPresent(current -> assignments.update(current.ended(now)));
        assignments.save(MemberAssignment.starting(member.id(), to.id(), now));
        // two changes, two versions: consumers reading the two units' streams in any order end with the later one
        Member left = members.update(member.left(now));
        Member moved = members.update(left.movedTo(to.id(), now));
        outbox.publish(new MemberLeft(member.unitId(), member.id(), now, left.version()));
        outbox.publish(new MemberJoined(
                to.id(), moved.id(), moved.fullName(), moved.position(), moved.email(), now, moved.version()));
        return moved;
    }
}
