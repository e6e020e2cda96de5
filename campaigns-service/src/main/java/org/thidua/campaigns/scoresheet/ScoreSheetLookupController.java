package org.thidua.campaigns.scoresheet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

/**
 * Score sheets without their campaign's path (ADR 23): one by its id, as an e-mail links the portal's
 * {@code /score-sheets/{id}} (ADR 31), and a unit's sheets across campaigns and periods (an officer's "my sheets").
 * Read like the campaign's own routes: 403 outside the caller's units, lists within them (ADR 65).
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/v1/score-sheets")
@Tag(name = "score sheets")
@Validated
@ProblemAnswers
public class ScoreSheetLookupController {

    private final ScoreSheetRepository sheets;
    private final ReadingScoreSheets reading;

    ScoreSheetLookupController(ScoreSheetRepository sheets, ReadingScoreSheets reading) {
        this.sheets = sheets;
        this.reading = reading;
    }

    /** The sheets the caller may read, oldest first, of a unit, campaign, period, state or group when asked. */
    @Get("{?unitId,campaignId,period,state,groupId,page,size}")
    List<ScoreSheetResponse> list(
            @Nullable @QueryValue @Size(max = 64) String unitId,
            @Nullable @QueryValue @Size(max = 64) String campaignId,
            @Nullable @QueryValue ReviewPeriod period,
            @Nullable @QueryValue ScoreSheetState state,
            @Nullable @QueryValue @Size(max = 64) String groupId,
            @QueryValue(defaultValue = "0") @Min(0) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(500) int size) {
        return reading.list(
                new ReadingScoreSheets.Filter(
                        campaignId == null ? null : campaignId.strip().toLowerCase(), period, state, unitId, groupId),
                page,
                size);
    }

    /** The sheet with its entries, member outcomes and exclusions; its campaign and period are in the answer. */
    @Get("/{id}")
    ScoreSheetResponse get(String id) {
        return reading.readable(sheets.findById(id).orElseThrow(() -> ProblemException.notFound("Score sheet", id)));
    }
}
