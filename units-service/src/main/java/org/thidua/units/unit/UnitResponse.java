package org.thidua.units.unit;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record UnitResponse(String id, String code, String name, @Nullable String shortName, String language,
                           boolean active, long version, Instant createdAt, Instant updatedAt) {

    static UnitResponse of(Unit unit) {
        return new UnitResponse(unit.id(), unit.code(), unit.name(), unit.shortName(), unit.language(), unit.active(),
                unit.version(), unit.createdAt(), unit.updatedAt());
    }
}
