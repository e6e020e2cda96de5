package org.thidua.units.member;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.thidua.contracts.units.MemberLeft;
import org.thidua.messaging.Outbox;
import org.thidua.units.Timestamps;

/**
 * Use case: a member leaves their unit without moving to another (retired, left the service):
 * {@code thidua.member.left.v1}. The member stays, inactive, with their history.
 */
@Singleton
public class RemovingMember {

    private final MemberRepository members;
    private final MemberAssignmentRepository assignments;
    private final Members lookup;
    private final Outbox outbox;

    RemovingMember(MemberRepository members, MemberAssignmentRepository assignments, Members lookup, Outbox outbox) {
        this.members = members;
        this.assignments = assignments;
        this.lookup = lookup;
        this.outbox = outbox;
    }

    @Transactional
    public Member leave(String unitId, String memberId) {
        Member member = lookup.requireInUnitForUpdate(unitId, memberId);
        Members.requireActive(member);
        Instant now = Timestamps.now();
        assignments
                .findByMemberIdAndLeftAtIsNull(member.id())
                .ifPresent(current -> assignments.update(current.ended(now)));
        Member left = members.update(member.left(now));
        outbox.publish(new MemberLeft(left.unitId(), left.id(), now, left.version()));
        return left;
    }
}
