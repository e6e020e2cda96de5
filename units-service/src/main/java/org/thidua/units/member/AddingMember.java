package org.thidua.units.member;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;
import org.thidua.contracts.units.MemberJoined;
import org.thidua.messaging.Outbox;
import org.thidua.units.Timestamps;
import org.thidua.units.text.VietnameseText;
import org.thidua.units.unit.Unit;
import org.thidua.units.unit.Units;

/** Use case: a person joins a unit ({@code thidua.member.joined.v1}). */
@Singleton
public class AddingMember {

    private final MemberRepository members;
    private final MemberAssignmentRepository assignments;
    private final Units units;
    private final Outbox outbox;

    AddingMember(MemberRepository members, MemberAssignmentRepository assignments, Units units, Outbox outbox) {
        this.members = members;
        this.assignments = assignments;
        this.units = units;
        this.outbox = outbox;
    }

    @Transactional
    public Member add(String unitId, MemberRequest request) {
        Unit unit = units.requireReceiving(unitId, "a new member");
        Instant now = Timestamps.now();
        Member member = members.save(new Member(
                UUID.randomUUID().toString(),
                unit.id(),
                VietnameseText.nfc(request.fullName()),
                VietnameseText.nfcOrNull(request.position()),
                VietnameseText.nfcOrNull(request.email()),
                true,
                null,
                now,
                now));
        assignments.save(MemberAssignment.starting(member.id(), unit.id(), now));
        outbox.publish(new MemberJoined(
                unit.id(), member.id(), member.fullName(), member.position(), member.email(), now, member.version()));
        return member;
    }
}
