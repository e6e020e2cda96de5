package org.thidua.units.member;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.thidua.security.Roles;
import org.thidua.units.unit.UnitReads;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

/** A member by id alone, wherever they work now. */
@Secured(Roles.ADMIN)
@Controller("/api/v1/members")
@Tag(name = "members")
@ProblemAnswers
public class MemberLookupController {

    private final MemberRepository members;
    private final MemberAssignmentRepository assignments;
    private final UnitReads reads;

    MemberLookupController(MemberRepository members, MemberAssignmentRepository assignments, UnitReads reads) {
        this.members = members;
        this.assignments = assignments;
        this.reads = reads;
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{memberId}")
    @Operation(
            summary = "A member, with the units they worked in",
            description =
                    "ADMIN, the officer of the " + "member's unit and reviewers of its groups read it (others: 403).")
    MemberResponse get(String memberId) {
        Member member = members.findById(memberId).orElseThrow(() -> ProblemException.notFound("Member", memberId));
        reads.requireReadableData(member.unitId());
        return MemberResponse.of(member, assignments.findByMemberIdOrderById(memberId));
    }
}
