package org.thidua.awards.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One change to the service's legal data (a rule set superseded or retired, holidays changed): who ({@code actor},
 * the token's subject), what ({@code action}, e.g. RULE_SET_SUPERSEDED), on what ({@code subject}, e.g.
 * {@code rule-set:vn-2018}) and the details as JSON ({@code detail}: the reason given, what changed).
 */
@MappedEntity("audit_entry")
public record AuditEntry(
        @Id @GeneratedValue @Nullable Long id,
        Instant at,
        String actor,
        String action,
        String subject,
        String detail) {}
