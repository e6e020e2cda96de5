package org.thidua.units.member;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.thidua.contracts.units.MemberUpdated;
import org.thidua.messaging.Outbox;
import org.thidua.units.Timestamps;
import org.thidua.units.text.VietnameseText;

/**
 * Use case: a member's details change ({@code thidua.member.updated.v1}); a request that changes nothing publishes
 * nothing. A member who left is history and cannot be changed (409, currentState LEFT).
 */
@Singleton
public class UpdatingMember {

    private final MemberRepository members;
    private final Members lookup;
    private final Outbox outbox;

    UpdatingMember(MemberRepository members, Members lookup, Outbox outbox) {
        this.members = members;
        this.lookup = lookup;
        this.outbox = outbox;
    }

    @Transactional
    public Member update(String unitId, String memberId, MemberRequest request) {
        Member member = lookup.requireInUnitForUpdate(unitId, memberId);
        Members.requireActive(member);
        String name = VietnameseText.nfc(request.fullName());
        String position = VietnameseText.nfcOrNull(request.position());
        String email = VietnameseText.nfcOrNull(request.email());
        if (member.sameDetails(name, position, email)) {
            return member;
        }
        Instant now = Timestamps.now();
        Member updated = members.update(member.withDetails(name, position, email, now));
        outbox.publish(new MemberUpdated(
                updated.unitId(),
                updated.id(),
                updated.fullName(),
                updated.position(),
                updated.email(),
                now,
                updated.version()));
        return updated;
    }
}
