package org.thidua.units.member;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.thidua.security.Roles;
import org.thidua.units.paging.PageResponse;
import org.thidua.units.unit.UnitReads;
import org.thidua.web.Problem;
import org.thidua.web.ProblemAnswers;

@Secured(Roles.ADMIN)
@Controller("/api/v1/units/{unitId}/members")
@Tag(name = "members")
@ProblemAnswers
public class MemberController {

    private final AddingMember adding;
    private final UpdatingMember updating;
    private final MovingMember moving;
    private final RemovingMember removing;
    private final Members lookup;
    private final MemberRepository members;
    private final MemberAssignmentRepository assignments;
    private final UnitReads reads;

    MemberController(
            AddingMember adding,
            UpdatingMember updating,
            MovingMember moving,
            RemovingMember removing,
            Members lookup,
            MemberRepository members,
            MemberAssignmentRepository assignments,
            UnitReads reads) {
        this.adding = adding;
        this.updating = updating;
        this.moving = moving;
        this.removing = removing;
        this.lookup = lookup;
        this.members = members;
        this.assignments = assignments;
        this.reads = reads;
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get
    @Operation(
            summary = "A unit's members, by name",
            description = "Members who work in the unit (active=true), "
                    + "who left from it (active=false), or both (no active parameter). Members who moved away are listed "
                    + "under their new unit; their history shows the stay here. ADMIN, the unit's officer and reviewers of its "
                    + "groups read them (others: 403).")
    PageResponse<MemberResponse> list(
            String unitId,
            @QueryValue @Nullable Boolean active,
            @QueryValue(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        reads.requireReadable(unitId);
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.asc("fullName"), Sort.Order.asc("id")));
        Page<Member> result = active == null
                ? members.findByUnitId(unitId, pageable)
                : members.findByUnitIdAndActive(unitId, active, pageable);
        return new PageResponse<>(
                result.getContent().stream().map(MemberResponse::of).toList(), page, size, result.getTotalSize());
    }

    @Post
    @Operation(
            summary = "A person joins the unit",
            description = "Publishes thidua.member.joined.v1. A deactivated "
                    + "unit receives no new member (409, currentState INACTIVE).")
    @ApiResponse(
            responseCode = "400",
            description = "Missing or over-long field, bad e-mail address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Status(HttpStatus.CREATED)
    HttpResponse<MemberResponse> add(String unitId, @Body @Valid MemberRequest request) {
        Member member = adding.add(unitId, request);
        return HttpResponse.created(
                MemberResponse.of(member, assignments.findByMemberIdOrderById(member.id())),
                URI.create("/api/v1/units/" + unitId + "/members/" + member.id()));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{memberId}")
    @Operation(summary = "A member of the unit, with their history")
    MemberResponse get(String unitId, String memberId) {
        reads.requireReadable(unitId);
        Member member = lookup.requireInUnit(unitId, memberId);
        return MemberResponse.of(member, assignments.findByMemberIdOrderById(memberId));
    }

    @Put("/{memberId}")
    @Operation(
            summary = "Change a member's details",
            description = "A full replacement (an absent position or "
                    + "e-mail is cleared). Publishes thidua.member.updated.v1 when something changed. A member who left: "
                    + "409, currentState LEFT.")
    MemberResponse update(String unitId, String memberId, @Body @Valid MemberRequest request) {
        Member member = updating.update(unitId, memberId, request);
        return MemberResponse.of(member, assignments.findByMemberIdOrderById(memberId));
    }

    @Post("/{memberId}/move")
    @Operation(
            summary = "Move a member to another unit",
            description = "History kept: the stay here ends, one in "
                    + "the target unit starts. Publishes thidua.member.left.v1 (key: this unit) and thidua.member.joined.v1 "
                    + "(key: the target unit). The target must exist and be active (400 naming unitId).")
    MemberResponse move(String unitId, String memberId, @Body @Valid MoveRequest request) {
        Member member = moving.move(unitId, memberId, request);
        return MemberResponse.of(member, assignments.findByMemberIdOrderById(memberId));
    }

    @Post("/{memberId}/leave")
    @Operation(
            summary = "A member leaves the unit",
            description = "Retired or left the service: the member stays "
                    + "as history, inactive. Publishes thidua.member.left.v1.")
    MemberResponse leave(String unitId, String memberId) {
        Member member = removing.leave(unitId, memberId);
        return MemberResponse.of(member, assignments.findByMemberIdOrderById(memberId));
    }
}
