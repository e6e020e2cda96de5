package org.thidua.campaigns.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;

@Secured(Roles.ADMIN)
@Controller("/api/v1/campaigns/{campaignId}/periods/{period}")
@Tag(name = "reviews")
@ProblemAnswers
public class ReviewController {

    private final ClosingReviewPeriod closing;
    private final Rankings rankings;

    ReviewController(ClosingReviewPeriod closing, Rankings rankings) {
        this.closing = closing;
        this.rankings = rankings;
    }

    /** Finalises the period and publishes its ranking; 409 if finalized already, 422 while sheets are missing. */
    @Post("/finalize")
    RankingResponse finalize(String campaignId, ReviewPeriod period, @Nullable @Body @Valid FinalizeRequest request) {
        closing.close(campaignId, period, request == null ? new FinalizeRequest(null, null) : request);
        return rankings.ranking(campaignId, period);
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/ranking")
    RankingResponse ranking(String campaignId, ReviewPeriod period) {
        return rankings.ranking(campaignId, period);
    }
}
