package org.thidua.notifications.recipients;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** What notifications-service knows of a unit, projected from units-service's events. */
@MappedEntity("recipient_unit")
public record RecipientUnit(
        @Id String unitId,
        String code,
        String name,
        @Nullable String shortName,
        String language,
        boolean active,
        Instant updatedAt) {}
