package org.thidua.awards.ruleset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored rule set: its JSON {@code definition} as loaded, never changed afterwards. {@code retiredAt}: when ADMIN
 * retired it (a set never used; ADR 84), null while it is not retired.
 */
@MappedEntity("rule_set")
public record RuleSetRow(
        @Id String id,
        LocalDate effectiveFrom,
        String definition,
        boolean builtIn,
        Instant createdAt,
        @Nullable Instant retiredAt) {

    public RuleSetRow retired(Instant at) {
        return new RuleSetRow(id, effectiveFrom, definition, builtIn, createdAt, at);
    }
}
