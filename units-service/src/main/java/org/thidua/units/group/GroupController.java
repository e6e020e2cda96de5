package org.thidua.units.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.security.Roles;
import org.thidua.units.ListElements;
import org.thidua.units.paging.PageResponse;
import org.thidua.web.Problem;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

@Secured(Roles.ADMIN)
@Controller("/api/v1/groups")
@Tag(name = "groups")
@ProblemAnswers
public class GroupController {

    private static final String RACED =
            "A unit was put in another block of the same year at the same time; nothing " + "was changed, try again";

    private final CreatingGroup creating;
    private final ChangingGroupMembership membership;
    private final AssigningGroupLeadership leadership;
    private final GroupRepository groups;
    private final GroupQueries queries;
    private final ListElements elements;

    GroupController(
            CreatingGroup creating,
            ChangingGroupMembership membership,
            AssigningGroupLeadership leadership,
            GroupRepository groups,
            GroupQueries queries,
            ListElements elements) {
        this.creating = creating;
        this.membership = membership;
        this.leadership = leadership;
        this.groups = groups;
        this.queries = queries;
        this.elements = elements;
    }

    @Post
    @Operation(
            summary = "Create a block or cluster for a year",
            description =
                    "Publishes thidua.group.created.v1. " + "The code is unique within the year (409 naming code).")
    @ApiResponse(
            responseCode = "409",
            description = "The code is taken for that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Status(HttpStatus.CREATED)
    HttpResponse<GroupResponse> create(@Body @Valid GroupRequest request) {
        Group group = ProblemException.duplicateOnUniqueKey(
                "code", CreatingGroup.duplicate(request).getMessage(), () -> creating.create(request));
        return HttpResponse.created(GroupResponse.of(group, 0), URI.create("/api/v1/groups/" + group.id()));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get
    @Operation(summary = "Groups, newest year first", description = "Filter by year and kind; page counts from 0.")
    PageResponse<GroupResponse> list(
            @QueryValue @Nullable @Min(2000) @Max(2100) Integer year,
            @QueryValue @Nullable @Pattern(regexp = "BLOCK|CLUSTER", message = "must be BLOCK or CLUSTER") String kind,
            @QueryValue(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return queries.list(year, kind == null ? null : GroupCreated.Kind.valueOf(kind), page, size);
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{id}")
    GroupResponse get(String id) {
        return GroupResponse.of(require(id), queries.memberCount(id));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{id}/members")
    @Operation(summary = "A group's member units, by code, with their role (HEAD, DEPUTY, MEMBER)")
    PageResponse<GroupMemberResponse> members(
            String id,
            @QueryValue(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return queries.members(require(id), page, size);
    }

    @Post("/{id}/members")
    @Operation(summary = "Add units to a group", description = """
            Units already in the group stay as they are. Every unit must exist and be active, and a unit is in at \
            most one block a year: otherwise 400 with a violation per offending unitIds[i], and nothing changes. \
            Publishes one thidua.group.membership.changed.v1 when anything was added.""")
    @ApiResponse(
            responseCode = "400",
            description = "Unknown or deactivated unit, or a second block in the year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No such group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    MembershipResponse add(String id, @Body @Valid MembershipRequest request) {
        elements.requireIds("unitIds", request.unitIds(), 36);
        return ProblemException.duplicateOnUniqueKey("unitIds", RACED, () -> membership.add(id, request.unitIds()));
    }

    @Put("/{id}/members")
    @Operation(summary = "Set a group's members", description = """
            The group's members become exactly unitIds; the rules of adding apply, and the head and deputy cannot \
            be removed while they lead (409, currentState HEAD or DEPUTY). Publishes one \
            thidua.group.membership.changed.v1 with what was added and removed, when anything changed.""")
    MembershipResponse replace(String id, @Body @Valid MembershipRequest request) {
        elements.requireIds("unitIds", request.unitIds(), 36);
        return ProblemException.duplicateOnUniqueKey("unitIds", RACED, () -> membership.replace(id, request.unitIds()));
    }

    @Delete("/{id}/members/{unitId}")
    @Operation(
            summary = "Remove a unit from a group",
            description = "Publishes thidua.group.membership.changed.v1. "
                    + "The head or deputy cannot leave while they lead (409).")
    MembershipResponse remove(String id, String unitId) {
        return membership.remove(id, unitId);
    }

    @Put("/{id}/leadership")
    @Operation(summary = "Assign the year's head and deputy", description = """
            Both must be active members of the group and different units (400 naming headUnitId or deputyUnitId). \
            Publishes thidua.group.leadership.assigned.v1 when the pair changed.""")
    GroupResponse assignLeadership(String id, @Body @Valid LeadershipRequest request) {
        return GroupResponse.of(leadership.assign(id, request), queries.memberCount(id));
    }

    private Group require(String id) {
        return groups.findById(id).orElseThrow(() -> ProblemException.notFound("Group", id));
    }
}
