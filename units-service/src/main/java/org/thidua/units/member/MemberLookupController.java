package org.thidua.units.member;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.thidua.web.ProblemException;

/** A member by id alone, wherever they work now. */
@Controller("/api/v1/members")
@Tag(name = "members")
public class MemberLookupController {

    private final MemberRepository members;
    private final MemberAssignmentRepository assignments;

    MemberLookupController(MemberRepository members, MemberAssignmentRepository assignments) {
        this.members = members;
        this.assignments = assignments;
    }

    @Get("/{memberId}")
    @Operation(summary = "A member, with the units they worked in")
    MemberResponse get(String memberId) {
        Member member = members.findById(memberId).orElseThrow(() -> ProblemException.notFound("Member", memberId));
        return MemberResponse.of(member, assignments.findByMemberIdOrderById(memberId));
    }
}
