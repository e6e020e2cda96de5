package org.thidua.campaigns.covenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/** A covenant (giao ước thi đua) of one group in a campaign: text and shared targets ({@code targets}: JSON). */
@MappedEntity("covenant")
public record Covenant(
        @Id String id,
        String campaignId,
        String groupId,
        String text,
        String targets,
        CovenantState state,
        @Version Long version,
        Instant openedAt,
        @Nullable Instant signedAt) {

    Covenant signed(Instant now) {
        return new Covenant(id, campaignId, groupId, text, targets, CovenantState.SIGNED, version, openedAt, now);
    }
}
