package org.thidua.portal.awards;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** awards-service's rule sets, as the rule sets page and a nomination's page read them (ADR 84). */
@Client(id = "awards", path = "/api/v1")
public interface RuleSetsClient {

    @Get("/rule-sets")
    List<RuleSet> ruleSets();

    @Get("/titles{?ruleSetId}")
    Titles titles(@QueryValue String ruleSetId);

    /** A stored set; {@code state} IN_FORCE, SUPERSEDED or RETIRED. */
    @Serdeable
    record RuleSet(
            String id,
            LocalDate effectiveFrom,
            @Nullable LocalDate effectiveTo,
            boolean builtIn,
            String state,
            @Nullable String supersedes,
            @Nullable String supersededBy,
            @Nullable String reason,
            @Nullable String source,
            @Nullable String unverified,
            int disclosureWorkingDays,
            @Nullable String disclosureSource,
            @Nullable Instant retiredAt) {}

    @Serdeable
    record Titles(String ruleSetId, List<Title> titles) {}

    /** {@code kind} INDIVIDUAL or COLLECTIVE; {@code level} BASE, MINISTRY or NATIONAL. */
    @Serdeable
    record Title(
            String code,
            String nameVi,
            @Nullable String nameEn,
            String kind,
            @Nullable String level,
            BigDecimal bonusMultiple,
            List<String> citations,
            @Nullable String line,
            boolean automatic,
            @Nullable String unverified) {}
}
