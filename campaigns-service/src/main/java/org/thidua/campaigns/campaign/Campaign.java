package org.thidua.campaigns.campaign;

import java.time.Instant;
import java.time.LocalDate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

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
        return new Campaign(id, code, title, theme, kind, year, startDate, endDate, registrationDeadline, allUnits,
                next, reason, version, createdAt, now, launchEventId);
    }

    /** LAUNCHED by the office; {@code eventId} is the id of the {@code campaign.launched} it published. */
    public Campaign launched(String eventId, Instant now) {
        return new Campaign(id, code, title, theme, kind, year, startDate, endDate, registrationDeadline, allUnits,
                CampaignState.LAUNCHED, null, version, createdAt, now, eventId);
    }
}
