package org.thidua.awards.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

/**
 * The award registry: every award, by unit, member, title and year (any role reads); and the import of past years
 * (ADMIN).
 */
@Secured(Roles.ADMIN)
@Controller("/api/v1/awards")
@Tag(name = "award registry")
@Validated
@ProblemAnswers
public class AwardController {

    private final ImportingAwards importing;
    private final AwardQueries queries;

    AwardController(ImportingAwards importing, AwardQueries queries) {
        this.importing = importing;
        this.queries = queries;
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("{?unitId,memberId,titleCode,year,state,page,size}")
    @Transactional(readOnly = true)
    List<AwardView> list(
            @Nullable @QueryValue String unitId,
            @Nullable @QueryValue String memberId,
            @Nullable @QueryValue String titleCode,
            @Nullable @QueryValue Integer year,
            @Nullable @QueryValue AwardState state,
            @QueryValue(defaultValue = "0") @Min(0) int page,
            @QueryValue(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return queries.list(new AwardQueries.Criteria(unitId, memberId, titleCode, year, state), page, size);
    }

    @Post(uri = "/import", consumes = MediaType.TEXT_CSV)
    @Operation(summary = "Import past years' awards (CSV)", description = """
            Columns year, titleCode, recipientKind (UNIT|MEMBER), unitId, memberId, decisionNumber, decisionDate, \
            bonusAmount. All rows or none: 400 lists every bad row as rows[n].column (the header is row 1).""")
    ImportingAwards.Report importCsv(@Body @Nullable byte[] csv) {
        return ProblemException.duplicateOnUniqueKey(
                "rows",
                "An award of the file was registered meanwhile; " + "nothing was imported",
                () -> importing.importCsv(csv));
    }
}
