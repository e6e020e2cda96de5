package org.thidua.campaigns.covenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A unit that must sign a covenant: the group's active units when it was opened. */
@MappedEntity("covenant_party")
public record CovenantParty(
        @Id @GeneratedValue @Nullable Long id,
        String covenantId,
        String unitId,
        @Nullable Instant signedAt) {}
