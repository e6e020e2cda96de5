package org.thidua.campaigns.scoresheet;

import java.net.URI;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.thidua.campaigns.campaign.CampaignController.ReasonRequest;
import org.thidua.campaigns.campaign.Campaigns;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.web.ProblemException;

@Controller("/api/v1/campaigns/{campaignId}/periods/{period}/score-sheets")
@Tag(name = "score sheets")
@Validated
public class ScoreSheetController {

    private final DraftingScoreSheet drafting;
    private final ChangingScoreSheet changing;
    private final ScoreSheetRepository sheets;
    private final ScoreEntryRepository entries;
    private final MemberOutcomeRepository outcomes;
    private final Campaigns campaigns;

    ScoreSheetController(DraftingScoreSheet drafting, ChangingScoreSheet changing, ScoreSheetRepository sheets,
                         ScoreEntryRepository entries, MemberOutcomeRepository outcomes, Campaigns campaigns) {
        this.drafting = drafting;
        this.changing = changing;
        this.sheets = sheets;
        this.entries = entries;
        this.outcomes = outcomes;
        this.campaigns = campaigns;
    }

    /** Starts the DRAFT sheet of an accepted registration; 400 for points above a criterion's maximum. */
    @Post
    HttpResponse<ScoreSheetResponse> create(String campaignId, ReviewPeriod period,
                                            @Body @Valid ScoreSheetRequest request) {
        ScoreSheet sheet = ProblemException.duplicateOnUniqueKey("registrationId", "The registration already has a " + period
                + " score sheet", () -> drafting.create(campaignId, period, request));
        return HttpResponse.created(ScoreSheetResponse.of(sheet, null, null), URI.create("/api/v1/campaigns/"
                + campaignId + "/periods/" + period + "/score-sheets/" + sheet.id()));
    }

    @Get("{?state,page,size}")
    List<ScoreSheetResponse> list(String campaignId, ReviewPeriod period, @Nullable @QueryValue ScoreSheetState state,
                                  @QueryValue(defaultValue = "0") @Min(0) int page,
                                  @QueryValue(defaultValue = "20") @Min(1) @Max(500) int size) {
        campaigns.get(campaignId);
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.asc("createdAt"), Sort.Order.asc("id")));
        return (state == null ? sheets.findByCampaignIdAndPeriod(campaignId, period, pageable)
                : sheets.findByCampaignIdAndPeriodAndState(campaignId, period, state, pageable))
                .getContent().stream().map(s -> ScoreSheetResponse.of(s, null, null)).toList();
    }

    @Get("/{id}")
    ScoreSheetResponse get(String campaignId, ReviewPeriod period, String id) {
        ScoreSheet sheet = sheets.findById(id).filter(s -> s.campaignId().equals(campaignId) && s.period() == period)
                .orElseThrow(() -> ProblemException.notFound("Score sheet", id));
        return ScoreSheetResponse.of(sheet, entries.findByScoreSheetId(id), outcomes.findByScoreSheetId(id));
    }

    /** Replaces the entries (and outcomes) of a DRAFT sheet; 409 with the current state otherwise. */
    @Put("/{id}")
    ScoreSheetResponse edit(String campaignId, ReviewPeriod period, String id,
                            @Body @Valid ScoreSheetRequest.Change change) {
        return ScoreSheetResponse.of(drafting.edit(campaignId, period, id, change), null, null);
    }

    @Post("/{id}/submit")
    ScoreSheetResponse submit(String campaignId, ReviewPeriod period, String id) {
        return ScoreSheetResponse.of(changing.submit(campaignId, period, id), null, null);
    }

    @Post("/{id}/review")
    ScoreSheetResponse review(String campaignId, ReviewPeriod period, String id,
                              @Body @Valid ScoreSheetRequest.Review review) {
        return ScoreSheetResponse.of(changing.review(campaignId, period, id, review), null, null);
    }

    @Post("/{id}/approve")
    ScoreSheetResponse approve(String campaignId, ReviewPeriod period, String id) {
        return ScoreSheetResponse.of(changing.approve(campaignId, period, id), null, null);
    }

    @Post("/{id}/return")
    ScoreSheetResponse giveBack(String campaignId, ReviewPeriod period, String id,
                                @Body @Valid ReasonRequest request) {
        return ScoreSheetResponse.of(changing.giveBack(campaignId, period, id, request.reason()), null, null);
    }
}
