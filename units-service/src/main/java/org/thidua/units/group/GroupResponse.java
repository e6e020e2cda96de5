package org.thidua.units.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@Serdeable
public record GroupResponse(
        String id,
        String kind,
        int year,
        String code,
        String name,
        @Nullable String headUnitId,
        @Nullable String deputyUnitId,
        long memberCount,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static GroupResponse of(Group group, long memberCount) {
        return new GroupResponse(
                group.id(),
                group.kind().name(),
                group.year(),
                group.code(),
                group.name(),
                group.headUnitId(),
                group.deputyUnitId(),
                memberCount,
                group.version(),
                group.createdAt(),
                group.updatedAt());
    }
}
