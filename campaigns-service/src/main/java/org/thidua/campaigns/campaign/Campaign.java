package org.thidua.campaigns.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A campaign (phong trào thi đua). Its scope groups, periods and criteria are rows of their own;
 * {@code launchEventId} is the id of the {@code campaign.launched} event of its launch (null before).
 */
@MappedEntity("campaign")
public record Campaign(
        @Id String id,
        String code,
        String title,
        String theme,
        CampaignKind kind,
        int year,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate registrationDeadline,
        boolean allUnits,
        CampaignState state,
        @Nullable String cancelReason,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable String launchEventId) {

    public Campaign withState(CampaignState next, @Nullable String reason, Instant now) {
        return new Campaign(
                id,
                code,
                title,
                theme,
                kind,
                year,
                startDate,
                endDate,
                registrationDeadline,
                allUnits,
                next,
                reason,
                version,
                createdAt,
                now,
                launchEventId);
    }

    /** The campaign whose launch published the {@code campaign.launched} of id {@code eventId}. */
    public Campaign withLaunchEventId(String eventId) {
        return new Campaign(
                id,
                code,
                title,
                theme,
                kind,
                year,
                startDate,
                endDate,
                registrationDeadline,
                allUnits,
                state,
                cancelReason,
                version,
                createdAt,
                updatedAt,
                eventId);
    }
}
