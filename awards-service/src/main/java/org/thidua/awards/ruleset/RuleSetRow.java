package org.thidua.awards.ruleset;

import java.time.Instant;
import java.time.LocalDate;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A stored rule set: its JSON {@code definition} as loaded, never changed afterwards. */
@MappedEntity("rule_set")
public record RuleSetRow(@Id String id, LocalDate effectiveFrom, String definition, boolean builtIn,
        Instant createdAt) {
}
