package org.thidua.units.unit;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/** A unit (đơn vị): an agency, department or provincial office that takes part in campaigns. */
@MappedEntity("unit")
public record Unit(
        @Id String id,
        String code,
        String name,
        @Nullable String shortName,
        String language,
        boolean active,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt) {
}
