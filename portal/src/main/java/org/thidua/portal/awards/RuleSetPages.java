package org.thidua.portal.awards;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule sets (quy định khen thưởng) for everyone signed in: each set's period, state, legal source, the reason of
 * a correction, how long a disclosure lasts, what could not be verified, and its titles with their multiples and the
 * articles cited. Newest period first; within a period the version in force before the ones it replaced (ADR 84).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/rule-sets")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class RuleSetPages {

    private final RuleSetsClient ruleSets;

    RuleSetPages(RuleSetsClient ruleSets) {
        this.ruleSets = ruleSets;
    }

    @Get
    @View("awards/rule-sets")
    Map<String, Object> list() {
        List<RuleSetView> sets = ordered(ruleSets.ruleSets()).stream()
                .map(set -> new RuleSetView(set, ruleSets.titles(set.id()).titles()))
                .toList();
        return Map.of("sets", sets);
    }

    /** Newest period first; in a period the set in force, then the superseded and retired versions. */
    static List<RuleSetsClient.RuleSet> ordered(List<RuleSetsClient.RuleSet> sets) {
        Map<String, Integer> rank = new LinkedHashMap<>();
        rank.put("IN_FORCE", 0);
        rank.put("SUPERSEDED", 1);
        rank.put("RETIRED", 2);
        return sets.stream()
                .sorted(Comparator.comparing(RuleSetsClient.RuleSet::effectiveFrom)
                        .reversed()
                        .thenComparing(s -> rank.getOrDefault(s.state(), 3))
                        .thenComparing(RuleSetsClient.RuleSet::id))
                .toList();
    }

    /** A set and its titles, as the page shows them. */
    record RuleSetView(RuleSetsClient.RuleSet ruleSet, List<RuleSetsClient.Title> titles) {}
}
