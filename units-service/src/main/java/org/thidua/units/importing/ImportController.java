package org.thidua.units.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.thidua.security.Roles;
import org.thidua.web.Problem;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

/**
 * Bulk import from CSV files sent as the request body ({@code Content-Type: text/csv}, UTF-8). Each file is one
 * transaction: every row is imported, or none is and the answer lists every bad row ({@code rows[N].column}, N as a
 * spreadsheet numbers rows: the header is row 1).
 */
@Secured(Roles.ADMIN)
@Controller("/api/v1/imports")
@Tag(name = "imports")
@ProblemAnswers
public class ImportController {

    private static final String RULES = """
             The body is the CSV file itself (Content-Type: text/csv; charset=utf-8), RFC 4180, UTF-8 (a byte-order \
            mark is skipped); the first line names the columns in any order; an empty value means none. All or \
            nothing: if any row is bad the answer is 400 application/problem+json listing every bad row as \
            rows[N].column (N as a spreadsheet numbers rows: the header is row 1), and nothing is written or \
            published.""";

    private static final String RACED = "Another change took a code, address or block seat the file uses while it "
            + "was imported; nothing was imported: import it again to see which rows";

    private final ImportingUnits units;
    private final ImportingMembers members;
    private final ImportingContacts contacts;
    private final ImportingMemberships memberships;

    ImportController(
            ImportingUnits units,
            ImportingMembers members,
            ImportingContacts contacts,
            ImportingMemberships memberships) {
        this.units = units;
        this.members = members;
        this.contacts = contacts;
        this.memberships = memberships;
    }

    @Post(uri = "/units", consumes = MediaType.TEXT_CSV)
    @Operation(summary = "Import units", description = """
            Columns code, name (required), shortName, kind (AGENCY, DEPARTMENT, PROVINCIAL_OFFICE), parentCode (a \
            unit in the database or in this file), province, language (vi or en; vi when empty). Codes must be new. \
            Publishes thidua.unit.registered.v1 for each unit, parents first.""" + RULES)
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_CSV, examples = @ExampleObject("""
            code,name,shortName,kind,parentCode,province,language
            VPQH,Văn phòng Quốc hội,VPQH,AGENCY,,,vi
            VPQH-TH,Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa,VP Thanh Hóa,PROVINCIAL_OFFICE,VPQH,Thanh Hóa,vi
            """)))
    @ApiResponse(responseCode = "200", description = "Everything was imported")
    @ApiResponse(
            responseCode = "400",
            description = "Nothing was imported; violations list every bad row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    ImportReport importUnits(@Body @Nullable byte[] csv) {
        return ProblemException.duplicateOnUniqueKey(
                "rows", RACED, () -> units.importCsv(csv == null ? new byte[0] : csv));
    }

    @Post(uri = "/members", consumes = MediaType.TEXT_CSV)
    @Operation(summary = "Import members", description = """
            Columns unitCode, fullName (required), position, email. Each row is a person joining an active unit; an \
            address already used by an active member of the unit is a bad row. Publishes thidua.member.joined.v1 \
            for each member.""" + RULES)
    @ApiResponse(
            responseCode = "400",
            description = "Nothing was imported; violations list every bad row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    ImportReport importMembers(@Body @Nullable byte[] csv) {
        return ProblemException.duplicateOnUniqueKey(
                "rows", RACED, () -> members.importCsv(csv == null ? new byte[0] : csv));
    }

    @Post(uri = "/contacts", consumes = MediaType.TEXT_CSV)
    @Operation(summary = "Import contacts", description = """
            Columns unitCode, email, role (HEAD, EMULATION_OFFICER, GENERAL) (required), name. Rows add contacts \
            to active units; an address with a role the unit has already is a bad row. Publishes one \
            thidua.contact.changed.v1 per unit with its whole list.""" + RULES)
    @ApiResponse(
            responseCode = "400",
            description = "Nothing was imported; violations list every bad row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    ImportReport importContacts(@Body @Nullable byte[] csv) {
        return ProblemException.duplicateOnUniqueKey(
                "rows", RACED, () -> contacts.importCsv(csv == null ? new byte[0] : csv));
    }

    @Post(uri = "/memberships", consumes = MediaType.TEXT_CSV)
    @Operation(summary = "Import group memberships", description = """
            Columns year, groupCode, unitCode (required), role (MEMBER when empty, HEAD, DEPUTY). The groups must \
            exist (POST /api/v1/groups); a unit is in at most one block a year; a group has one head and one \
            deputy. Publishes one thidua.group.membership.changed.v1 per group, and \
            thidua.group.leadership.assigned.v1 when the file names its head or deputy.""" + RULES)
    @ApiResponse(
            responseCode = "400",
            description = "Nothing was imported; violations list every bad row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    ImportReport importMemberships(@Body @Nullable byte[] csv) {
        return ProblemException.duplicateOnUniqueKey(
                "rows", RACED, () -> memberships.importCsv(csv == null ? new byte[0] : csv));
    }
}
