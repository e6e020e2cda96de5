package org.thidua.campaigns.campaign;

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
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.thidua.security.Callers;
import org.thidua.security.Roles;
import org.thidua.web.PageResponse;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;
import org.thidua.web.ReasonRequest;

@Secured(Roles.ADMIN)
@Controller("/api/v1/campaigns")
@Tag(name = "campaigns")
@Validated
@ProblemAnswers
public class CampaignController {

    private final DraftingCampaign drafting;
    private final LaunchingCampaign launching;
    private final StartingCampaign starting;
    private final ClosingCampaign closing;
    private final CancellingCampaign cancelling;
    private final Campaigns reading;
    private final Callers callers;

    CampaignController(
            DraftingCampaign drafting,
            LaunchingCampaign launching,
            StartingCampaign starting,
            ClosingCampaign closing,
            CancellingCampaign cancelling,
            Campaigns reading,
            Callers callers) {
        this.callers = callers;
        this.drafting = drafting;
        this.launching = launching;
        this.starting = starting;
        this.closing = closing;
        this.cancelling = cancelling;
        this.reading = reading;
    }

    /** Creates a DRAFT campaign; 409 naming {@code code} when the code is taken. */
    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<CampaignResponse> create(@Body @Valid CampaignRequest request) {
        Campaign campaign = ProblemException.duplicateOnUniqueKey(
                "code",
                "A campaign with code " + request.code().strip() + " already exists",
                () -> drafting.create(request));
        return HttpResponse.created(reading.view(campaign), URI.create("/api/v1/campaigns/" + campaign.id()));
    }

    /**
     * The campaigns, newest first, of a year and in a state when asked; {@code total} counts every match. DRAFTs only
     * for the office (ADR 65): others asking for {@code state=DRAFT} get none.
     */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("{?year,state,page,size}")
    PageResponse<CampaignResponse.Summary> list(
            @Nullable @QueryValue @Min(1900) @Max(2199) Integer year,
            @Nullable @QueryValue CampaignState state,
            @QueryValue(defaultValue = "0") @Min(0) @Max(100000) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(500) int size) {
        PageResponse<Campaign> found = reading.page(year, state, callers.readsUnpublished(), page, size);
        return new PageResponse<>(
                found.items().stream().map(CampaignResponse.Summary::of).toList(), page, size, found.total());
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{id}")
    CampaignResponse get(String id) {
        return reading.view(published(id));
    }

    /** Replaces a DRAFT campaign; 409 with the current state once launched. */
    @Put("/{id}")
    CampaignResponse replace(String id, @Body @Valid CampaignRequest request) {
        return reading.view(drafting.replace(id, request));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{id}/criteria")
    List<CampaignResponse.CriterionView> criteria(String id) {
        published(id);
        return reading.criteria(id).stream()
                .map(CampaignResponse.CriterionView::of)
                .toList();
    }

    /** Replaces the criteria set while the campaign is a DRAFT (frozen at launch). */
    @Put("/{id}/criteria")
    List<CampaignResponse.CriterionView> replaceCriteria(
            String id,
            @Body @NotNull @Size(min = 1, max = 500) List<CampaignRequest.@Valid @NotNull CriterionRequest> criteria) {
        drafting.replaceCriteria(id, criteria);
        return reading.criteria(id).stream()
                .map(CampaignResponse.CriterionView::of)
                .toList();
    }

    @Post("/{id}/launch")
    CampaignResponse launch(String id) {
        return reading.view(launching.launch(id));
    }

    @Post("/{id}/start")
    CampaignResponse start(String id) {
        return reading.view(starting.start(id));
    }

    @Post("/{id}/close")
    CampaignResponse close(String id) {
        return reading.view(closing.close(id));
    }

    @Post("/{id}/cancel")
    CampaignResponse cancel(String id, @Body @Valid ReasonRequest request) {
        return reading.view(cancelling.cancel(id, request.reason()));
    }

    /** The campaign; a DRAFT only for the office, which prepares it (403 for others, ADR 65). */
    private Campaign published(String id) {
        Campaign campaign = reading.get(id);
        if (campaign.state() == CampaignState.DRAFT) {
            callers.requireReadingUnpublished("a campaign before it is launched");
        }
        return campaign;
    }
}
