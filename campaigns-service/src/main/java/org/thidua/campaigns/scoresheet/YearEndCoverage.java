package org.thidua.campaigns.scoresheet;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A year-end score sheet covers every active member of its unit: each has an outcome or is excluded by name with a
 * reason (e.g. joined after 1 October). Otherwise the shares of members awards-service computes from the outcomes
 * ("more than 50 %", "70 %", all completed) could be gamed by leaving members out (ADR 42).
 */
public final class YearEndCoverage {

    private YearEndCoverage() {}

    /**
     * The active members ({@code id → full name}) with neither an outcome nor an exclusion, as "Full name (id)",
     * in the order of {@code active}.
     */
    public static List<String> missing(
            Map<String, String> active, Collection<String> rated, Collection<String> excluded) {
        Set<String> covered = new HashSet<>(rated);
        covered.addAll(excluded);
        return active.entrySet().stream()
                .filter(m -> !covered.contains(m.getKey()))
                .map(m -> (m.getValue() == null ? "a member" : m.getValue()) + " (" + m.getKey() + ")")
                .toList();
    }
}
