package org.thidua.units.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Serdeable
public record UnitResponse(
        String id,
        String code,
        String name,
        @Nullable String shortName,
        @Nullable String kind,
        @Nullable String parentUnitId,
        @Nullable String province,
        String language,
        boolean active,

        @Schema(description = "Whether the unit has at least one contact; notices cannot reach a unit without one")
        boolean reachable,

        @Schema(description = "Send it back with an update (optimistic locking)")
        long version,

        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deactivatedAt,
        @Nullable String deactivationReason) {

    public static UnitResponse of(Unit unit, boolean reachable) {
        return new UnitResponse(
                unit.id(),
                unit.code(),
                unit.name(),
                unit.shortName(),
                unit.kind() == null ? null : unit.kind().name(),
                unit.parentId(),
                unit.province(),
                unit.language(),
                unit.active(),
                reachable,
                unit.version(),
                unit.createdAt(),
                unit.updatedAt(),
                unit.deactivatedAt(),
                unit.deactivationReason());
    }
}
