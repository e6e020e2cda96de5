package org.thidua.campaigns.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import org.thidua.campaigns.review.PeriodState;
import org.thidua.contracts.ReviewPeriod;

/** A review period of a campaign (sơ kết 6 tháng, tổng kết năm) with its score-sheet deadline. */
@MappedEntity("campaign_period")
public record CampaignPeriod(
        @Id @GeneratedValue @Nullable Long id,
        String campaignId,
        ReviewPeriod period,
        LocalDate endDate,
        LocalDate submissionDeadline,
        PeriodState state,
        @Nullable String exclusionReason,
        @Nullable Instant finalizedAt) {

    public CampaignPeriod finalized(@Nullable String reason, Instant now) {
        return new CampaignPeriod(
                id, campaignId, period, endDate, submissionDeadline, PeriodState.FINALIZED, reason, now);
    }
}
