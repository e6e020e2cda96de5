package org.thidua.campaigns.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.thidua.campaigns.review.PeriodState;
import org.thidua.contracts.ReviewPeriod;

@Serdeable
public record CampaignResponse(
        String id,
        String code,
        String title,
        String theme,
        CampaignKind kind,
        int year,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate registrationDeadline,
        Scope scope,
        List<Period> periods,
        List<CriterionView> criteria,
        CampaignState state,
        @Nullable String cancelReason,
        long version,
        Instant createdAt,
        Instant updatedAt,

        @Nullable
        @Schema(
                description = "The CloudEvents id of the campaign.launched its launch "
                        + "published (null before launch): its fan-out in notifications' deliveries")
        String launchEventId) {

    @Serdeable
    public record Scope(boolean allUnits, List<String> groupIds) {}

    @Serdeable
    public record Period(
            ReviewPeriod period,
            LocalDate endDate,
            LocalDate submissionDeadline,
            PeriodState state,
            @Nullable Instant finalizedAt) {}

    @Serdeable
    public record CriterionView(
            String group, String code, String name, BigDecimal maxPoints, CriterionTarget appliesTo) {

        static CriterionView of(Criterion c) {
            return new CriterionView(c.groupName(), c.code(), c.name(), c.maxPoints(), c.appliesTo());
        }
    }

    @Serdeable
    public record Summary(
            String id,
            String code,
            String title,
            CampaignKind kind,
            int year,
            CampaignState state,
            LocalDate registrationDeadline) {

        static Summary of(Campaign c) {
            return new Summary(c.id(), c.code(), c.title(), c.kind(), c.year(), c.state(), c.registrationDeadline());
        }
    }
}
