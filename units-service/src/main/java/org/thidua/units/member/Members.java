package org.thidua.units.member;

import jakarta.inject.Singleton;
import org.thidua.web.ProblemException;

/** Finds the member a request names, in the unit its path names. */
@Singleton
public class Members {

    /** The state of a member who left, as 409 problems name it. */
    public static final String LEFT = "LEFT";

    private final MemberRepository members;

    Members(MemberRepository members) {
        this.members = members;
    }

    /** The member, locked for the transaction; 404 unless it exists and is (or, having left, was last) in the unit. */
    Member requireInUnitForUpdate(String unitId, String memberId) {
        return members.findByIdForUpdate(memberId)
                .filter(m -> m.unitId().equals(unitId))
                .orElseThrow(() -> ProblemException.notFound("Member", memberId + " of unit " + unitId));
    }

    Member requireInUnit(String unitId, String memberId) {
        return members.findById(memberId)
                .filter(m -> m.unitId().equals(unitId))
                .orElseThrow(() -> ProblemException.notFound("Member", memberId + " of unit " + unitId));
    }

    static void requireActive(Member member) {
        if (!member.active()) {
            throw ProblemException.invalidState(LEFT, "Member " + member.id() + " left unit " + member.unitId());
        }
    }
}
