package org.thidua.units.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.Objects;
import org.thidua.contracts.units.UnitKind;

/**
 * A unit (đơn vị): an agency, department or provincial office that takes part in campaigns. Its code never changes;
 * a deactivated unit stays, with its history, but receives nothing new.
 */
@MappedEntity("unit")
public record Unit(
        @Id String id,
        String code,
        String name,
        @Nullable String shortName,
        @Nullable UnitKind kind,
        @Nullable String parentId,
        @Nullable String province,
        String language,
        boolean active,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deactivatedAt,
        @Nullable String deactivationReason) {

    /** The details an update may change (everything but code, activity and bookkeeping). */
    public record Details(
            String name, String shortName, UnitKind kind, String parentId, String province, String language) {}

    public Details details() {
        return new Details(name, shortName, kind, parentId, province, language);
    }

    public Unit with(Details details, Instant now) {
        return new Unit(
                id,
                code,
                details.name(),
                details.shortName(),
                details.kind(),
                details.parentId(),
                details.province(),
                details.language(),
                active,
                version,
                createdAt,
                now,
                deactivatedAt,
                deactivationReason);
    }

    public Unit deactivated(String reason, Instant now) {
        return new Unit(
                id, code, name, shortName, kind, parentId, province, language, false, version, createdAt, now, now,
                reason);
    }

    public boolean sameDetails(Details other) {
        return Objects.equals(details(), other);
    }
}
