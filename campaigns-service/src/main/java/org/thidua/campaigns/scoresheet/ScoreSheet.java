package org.thidua.campaigns.scoresheet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.TaskRating;

/** A unit's score sheet (bảng chấm điểm) for one review period; its entries and member outcomes are rows of their own. */
@MappedEntity("score_sheet")
public record ScoreSheet(
        @Id String id,
        String registrationId,
        String campaignId,
        String unitId,
        ReviewPeriod period,
        ScoreSheetState state,
        BigDecimal selfTotal,
        @Nullable BigDecimal reviewedTotal,
        @Nullable TaskRating unitTaskRating,
        @Nullable String returnReason,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt) {

    ScoreSheet with(
            ScoreSheetState next,
            BigDecimal self,
            @Nullable BigDecimal reviewed,
            @Nullable TaskRating rating,
            @Nullable String reason,
            Instant now) {
        return new ScoreSheet(
                id,
                registrationId,
                campaignId,
                unitId,
                period,
                next,
                self,
                reviewed,
                rating,
                reason,
                version,
                createdAt,
                now);
    }
}
