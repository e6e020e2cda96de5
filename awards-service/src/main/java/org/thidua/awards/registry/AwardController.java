package org.thidua.awards.registry;

import java.util.ArrayList;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
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
    private final JdbcOperations jdbc;

    AwardController(ImportingAwards importing, JdbcOperations jdbc) {
        this.importing = importing;
        this.jdbc = jdbc;
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("{?unitId,memberId,titleCode,year,state,page,size}")
    @Transactional(readOnly = true)
    List<AwardView> list(@Nullable @QueryValue String unitId, @Nullable @QueryValue String memberId,
                         @Nullable @QueryValue String titleCode, @Nullable @QueryValue Integer year,
                         @Nullable @QueryValue AwardState state,
                         @QueryValue(defaultValue = "0") @Min(0) int page,
                         @QueryValue(defaultValue = "50") @Min(1) @Max(1000) int size) {
        StringBuilder sql = new StringBuilder("SELECT * FROM award WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        String[][] filters = {{"unit_id", unitId}, {"member_id", memberId}, {"title_code", titleCode},
                {"state", state == null ? null : state.name()}};
        for (String[] f : filters) {
            if (f[1] != null) {
                sql.append(" AND ").append(f[0]).append(" = ?");
                parameters.add(f[1]);
            }
        }
        if (year != null) {
            sql.append(" AND year = ?");
            parameters.add(year);
        }
        sql.append(" ORDER BY year, title_code, id LIMIT ? OFFSET ?");
        parameters.add(size);
        parameters.add((long) page * size);
        return jdbc.prepareStatement(sql.toString(), s -> {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            try (var rs = s.executeQuery()) {
                List<AwardView> found = new ArrayList<>();
                while (rs.next()) {
                    found.add(AwardView.of(jdbc.readEntity(rs, Award.class)));
                }
                return found;
            }
        });
    }

    @Post(uri = "/import", consumes = MediaType.TEXT_CSV)
    @Operation(summary = "Import past years' awards (CSV)", description = """
            Columns year, titleCode, recipientKind (UNIT|MEMBER), unitId, memberId, decisionNumber, decisionDate, \
            bonusAmount. All rows or none: 400 lists every bad row as rows[n].column (the header is row 1).""")
    ImportingAwards.Report importCsv(@Body @Nullable byte[] csv) {
        return ProblemException.duplicateOnUniqueKey("rows", "An award of the file was registered meanwhile; "
                + "nothing was imported", () -> importing.importCsv(csv));
    }
}
