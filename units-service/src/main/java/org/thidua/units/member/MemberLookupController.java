package org.thidua.units.member;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.thidua.security.Roles;
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

    MemberLookupController(MemberRepository members, MemberAssignmentRepository assignments) {
        this.members = members;
        this.assignments = assignments;
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{memberId}")
    @Operation(summary = "A member, with the units they worked in")
    MemberResponse get(String memberId) {
        Member member = members.findById(memberId).orElseThrow(() -> ProblemException.notFound("Member", memberId));
        return MemberResponse.of(member, assignments.findByMemberIdOrderById(memberId));
    }
}
