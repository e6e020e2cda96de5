package org.thidua.campaigns.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.thidua.contracts.ReviewPeriod;

/**
 * The ranking of a finalized period, per group, best first (ties share a rank), and the units left out of it; units
 * and groups are named as the projection of units-service knows them (null until a name has arrived).
 */
@Serdeable
public record RankingResponse(
        String campaignId,
        ReviewPeriod period,
        LocalDate periodEndDate,
        Instant finalizedAt,
        List<Group> groups,
        List<Excluded> excluded) {

    @Serdeable
    public record Group(String groupId, @Nullable String groupName, List<Entry> entries) {}

    @Serdeable
    public record Entry(String unitId, @Nullable String unitName, BigDecimal totalPoints, int rank) {}

    @Serdeable
    public record Excluded(
            String unitId,
            @Nullable String unitName,
            @Nullable String groupId,
            String reason) {}
}
