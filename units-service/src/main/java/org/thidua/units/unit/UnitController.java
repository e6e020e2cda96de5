package org.thidua.units.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.thidua.security.Roles;
import org.thidua.units.contact.ContactRepository;
import org.thidua.web.Problem;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

@Secured(Roles.ADMIN)
@Controller("/api/v1/units")
@Tag(name = "units")
@ProblemAnswers
public class UnitController {

    private final RegisteringUnit registering;
    private final UpdatingUnit updating;
    private final DeactivatingUnit deactivating;
    private final Units units;
    private final ContactRepository contacts;

    UnitController(
            RegisteringUnit registering,
            UpdatingUnit updating,
            DeactivatingUnit deactivating,
            Units units,
            ContactRepository contacts) {
        this.registering = registering;
        this.updating = updating;
        this.deactivating = deactivating;
        this.units = units;
        this.contacts = contacts;
    }

    @Post
    @Operation(
            summary = "Register a unit",
            description = "Publishes thidua.unit.registered.v1. Names are stored as "
                    + "Unicode NFC. A parent must exist and be active.")
    @ApiResponse(
            responseCode = "400",
            description = "Invalid field (violations name it), unknown or deactivated parent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(
            responseCode = "409",
            description = "The code is taken (type duplicate, field code)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Status(HttpStatus.CREATED)
    HttpResponse<UnitResponse> register(@Body @Valid UnitRequest request) {
        Unit unit = ProblemException.duplicateOnUniqueKey(
                "code",
                "A unit with code " + request.code().strip() + " already exists",
                () -> registering.register(request));
        return HttpResponse.created(UnitResponse.of(unit, false), URI.create("/api/v1/units/" + unit.id()));
    }

    /** OPERATOR too: the operations console names the unit of a failed delivery (ADR 103). */
    @Secured({SecurityRule.IS_AUTHENTICATED, Roles.OPERATOR})
    @Get("/{id}")
    @Operation(summary = "Read a unit", description = "reachable is false when the unit has no contact")
    UnitResponse get(String id) {
        return UnitResponse.of(units.require(id), contacts.existsByUnitId(id));
    }

    @Put("/{id}")
    @Operation(summary = "Change a unit's details", description = """
            Replaces the details (an absent optional field is cleared); the code never changes. Optimistic locking: \
            send the version you read; if someone changed the unit since, the answer is 409 with type \
            https://thidua.org/problems/stale-version and currentVersion, and nothing changes. Publishes \
            thidua.unit.updated.v1 when something changed, nothing otherwise. A deactivated unit cannot be changed \
            (409, currentState INACTIVE). A new parent must exist, be active and not make a cycle.""")
    @ApiResponse(responseCode = "200", description = "The unit after the change, with its new version")
    @ApiResponse(
            responseCode = "400",
            description = "Invalid field, a cycle in the hierarchy, or a changed code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(
            responseCode = "409",
            description = "Stale version (currentVersion) or deactivated unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    UnitResponse update(String id, @Body @Valid UnitUpdateRequest request) {
        return UnitResponse.of(updating.update(id, request), contacts.existsByUnitId(id));
    }

    @Post("/{id}/deactivate")
    @Operation(summary = "Deactivate a unit", description = """
            The unit stays with its history (members, contacts, memberships, sub-units) but receives nothing new. \
            Publishes thidua.unit.deactivated.v1. The body is optional: a reason, and a version for optimistic \
            locking. Deactivating twice is a 409 with currentState INACTIVE.""")
    @ApiResponse(
            responseCode = "409",
            description = "Already deactivated, or stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    UnitResponse deactivate(String id, @Body @Nullable @Valid DeactivationRequest request) {
        Unit unit = deactivating.deactivate(id, request == null ? new DeactivationRequest(null, null) : request);
        return UnitResponse.of(unit, contacts.existsByUnitId(id));
    }
}
