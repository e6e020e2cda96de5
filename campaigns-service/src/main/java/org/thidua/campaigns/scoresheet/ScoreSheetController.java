package org.thidua.campaigns.scoresheet;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.thidua.campaigns.campaign.Campaigns;
import org.thidua.campaigns.registration.RegistrationRepository;
import org.thidua.campaigns.scope.CampaignScope;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.security.Callers;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;
import org.thidua.web.ReasonRequest;

@Secured(Roles.ADMIN)
@Controller("/api/v1/campaigns/{campaignId}/periods/{period}/score-sheets")
@Tag(name = "score sheets")
@Validated
@ProblemAnswers
public class ScoreSheetController {

    private final DraftingScoreSheet drafting;
    private final ChangingScoreSheet changing;
    private final ScoreSheetRepository sheets;
    private final Campaigns campaigns;
    private final RegistrationRepository registrations;
    private final CampaignScope scope;
    private final Callers callers;
    private final ReadingScoreSheets reading;

    ScoreSheetController(
            DraftingScoreSheet drafting,
            ChangingScoreSheet changing,
            ScoreSheetRepository sheets,
            Campaigns campaigns,
            RegistrationRepository registrations,
            CampaignScope scope,
            Callers callers,
            ReadingScoreSheets reading) {
        this.registrations = registrations;
        this.scope = scope;
        this.callers = callers;
        this.reading = reading;
        this.drafting = drafting;
        this.changing = changing;
        this.sheets = sheets;
        this.campaigns = campaigns;
    }

    /** Starts the DRAFT sheet of an accepted registration; 400 for points above a criterion's maximum. */
    @Secured({Roles.ADMIN, Roles.UNIT_OFFICER})
    @Post
    @Transactional
    @Status(HttpStatus.CREATED)
    HttpResponse<ScoreSheetResponse> create(
            String campaignId, ReviewPeriod period, @Body @Valid ScoreSheetRequest request) {
        registrations
                .findByIdAndCampaignId(request.registrationId(), campaignId)
                .ifPresent(r -> callers.requireActingFor(r.unitId()));
        ScoreSheet sheet = ProblemException.duplicateOnUniqueKey(
                "registrationId",
                "The registration already has a " + period + " score sheet",
                () -> drafting.create(campaignId, period, request));
        return HttpResponse.created(
                ScoreSheetResponse.of(sheet, null, null, null),
                URI.create("/api/v1/campaigns/" + campaignId + "/periods/" + period + "/score-sheets/" + sheet.id()));
    }

    /**
     * The period's sheets the caller may read (ADR 65), in a state and of a group's units when asked: a group outside
     * the caller's reach gives none of the units it may not read, as a filter does, not a refusal.
     */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("{?groupId,state,page,size}")
    List<ScoreSheetResponse> list(
            String campaignId,
            ReviewPeriod period,
            @Nullable @QueryValue @Size(max = 64) String groupId,
            @Nullable @QueryValue ScoreSheetState state,
            @QueryValue(defaultValue = "0") @Min(0) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(500) int size) {
        campaigns.get(campaignId);
        return reading.list(new ReadingScoreSheets.Filter(campaignId, period, state, null, groupId), page, size);
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{id}")
    ScoreSheetResponse get(String campaignId, ReviewPeriod period, String id) {
        return reading.readable(sheet(campaignId, period, id));
    }

    /** Replaces the entries (and outcomes) of a DRAFT sheet; 409 with the current state otherwise. */
    @Secured({Roles.ADMIN, Roles.UNIT_OFFICER})
    @Put("/{id}")
    @Transactional
    ScoreSheetResponse edit(
            String campaignId, ReviewPeriod period, String id, @Body @Valid ScoreSheetRequest.Change change) {
        callers.requireActingFor(sheet(campaignId, period, id).unitId());
        return ScoreSheetResponse.of(drafting.edit(campaignId, period, id, change), null, null, null);
    }

    @Secured({Roles.ADMIN, Roles.UNIT_OFFICER})
    @Post("/{id}/submit")
    @Transactional
    ScoreSheetResponse submit(String campaignId, ReviewPeriod period, String id) {
        callers.requireActingFor(sheet(campaignId, period, id).unitId());
        return ScoreSheetResponse.of(changing.submit(campaignId, period, id), null, null, null);
    }

    /** A reviewer of one of the unit's groups, or ADMIN. */
    @Secured({Roles.ADMIN, Roles.REVIEWER})
    @Post("/{id}/review")
    @Transactional
    ScoreSheetResponse review(
            String campaignId, ReviewPeriod period, String id, @Body @Valid ScoreSheetRequest.Review review) {
        requireReviewer(sheet(campaignId, period, id));
        return ScoreSheetResponse.of(changing.review(campaignId, period, id, review), null, null, null);
    }

    @Post("/{id}/approve")
    ScoreSheetResponse approve(String campaignId, ReviewPeriod period, String id) {
        return ScoreSheetResponse.of(changing.approve(campaignId, period, id), null, null, null);
    }

    /** A reviewer of one of the unit's groups, or ADMIN, sends the sheet one step back. */
    @Secured({Roles.ADMIN, Roles.REVIEWER})
    @Post("/{id}/return")
    @Transactional
    ScoreSheetResponse giveBack(String campaignId, ReviewPeriod period, String id, @Body @Valid ReasonRequest request) {
        requireReviewer(sheet(campaignId, period, id));
        return ScoreSheetResponse.of(changing.giveBack(campaignId, period, id, request.reason()), null, null, null);
    }

    /** The sheet the caller's right is checked on; read in the caller's transaction, which the use case joins. */
    private ScoreSheet sheet(String campaignId, ReviewPeriod period, String id) {
        return sheets.findById(id)
                .filter(s -> s.campaignId().equals(campaignId) && s.period() == period)
                .orElseThrow(() -> ProblemException.notFound("Score sheet", id));
    }

    /** 403 unless the caller is ADMIN or reviews a group the sheet's unit belongs to. */
    private void requireReviewer(ScoreSheet sheet) {
        List<String> groupsOfUnit = scope.members(callers.current().groupIds()).entrySet().stream()
                .filter(group -> group.getValue().contains(sheet.unitId()))
                .map(Map.Entry::getKey)
                .toList();
        callers.requireReviewing(sheet.unitId(), groupsOfUnit);
    }
}
