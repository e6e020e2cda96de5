package org.thidua.units.contact;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import java.util.List;
import org.thidua.security.Roles;
import org.thidua.units.ListElements;
import org.thidua.units.unit.UnitReads;
import org.thidua.web.Problem;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

@Secured(Roles.ADMIN)
@Controller("/api/v1/units/{unitId}/contacts")
@Tag(name = "contacts")
@ProblemAnswers
public class ContactController {

    private static final String RACED = "The same address and role was added at the same time";

    private final ChangingContacts changing;
    private final ListElements elements;
    private final UnitReads reads;

    ContactController(ChangingContacts changing, ListElements elements, UnitReads reads) {
        this.changing = changing;
        this.elements = elements;
        this.reads = reads;
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get
    @Operation(
            summary = "A unit's contacts",
            description = "reachable is false when the unit has no contact. ADMIN, "
                    + "the unit's officer and reviewers of its groups read them (others: 403).")
    ContactsResponse list(String unitId) {
        reads.requireReadable(unitId);
        List<Contact> contacts = changing.list(unitId);
        return response(unitId, contacts);
    }

    @Put
    @Operation(summary = "Replace a unit's contacts", description = """
            The whole list after the change (an empty list leaves the unit unreachable). Contacts are matched by \
            address (case-insensitively) and role, so unchanged ones keep their ids. Publishes \
            thidua.contact.changed.v1 with the whole list when anything changed. A deactivated unit: 409.""")
    @ApiResponse(
            responseCode = "400",
            description = "Invalid or repeated entry (violations name contacts[i].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    ContactsResponse replace(String unitId, @Body @Valid ContactListRequest request) {
        elements.validate("contacts", request.contacts());
        return response(
                unitId,
                ProblemException.duplicateOnUniqueKey(
                        "email", RACED, () -> changing.replace(unitId, request.contacts())));
    }

    @Post
    @Operation(
            summary = "Add a contact to a unit",
            description = "Publishes thidua.contact.changed.v1 with the "
                    + "whole list. The same address with the same role twice is a 409 naming email.")
    @ApiResponse(
            responseCode = "409",
            description = "Already a contact with that role, or deactivated unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Status(HttpStatus.CREATED)
    HttpResponse<ContactResponse> add(String unitId, @Body @Valid ContactRequest request) {
        Contact contact = ProblemException.duplicateOnUniqueKey("email", RACED, () -> changing.add(unitId, request));
        return HttpResponse.created(
                ContactResponse.of(contact), URI.create("/api/v1/units/" + unitId + "/contacts/" + contact.id()));
    }

    @Delete("/{contactId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Remove a contact",
            description = "Publishes thidua.contact.changed.v1 with the list after "
                    + "the change (empty when it was the last: the unit is then unreachable).")
    void remove(String unitId, String contactId) {
        changing.remove(unitId, contactId);
    }

    private ContactsResponse response(String unitId, List<Contact> contacts) {
        return new ContactsResponse(
                unitId,
                changing.reachable(contacts),
                contacts.stream().map(ContactResponse::of).toList());
    }
}
