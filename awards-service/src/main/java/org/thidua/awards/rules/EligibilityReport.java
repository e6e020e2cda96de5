package org.thidua.awards.rules;

import java.util.List;
import java.util.Optional;

/** Every candidate's result for every title of the rule set a year-end review was evaluated under. */
public record EligibilityReport(String ruleSetId, int year, List<Eligibility> results) {

    public EligibilityReport {
        results = List.copyOf(results);
    }

    public Optional<Eligibility> find(String recipientId, String titleCode) {
        return results.stream()
                .filter(r ->
                        r.recipientId().equals(recipientId) && r.titleCode().equals(titleCode))
                .findFirst();
    }

    public List<Eligibility> withStatus(String titleCode, Eligibility.Status status) {
        return results.stream()
                .filter(r -> r.titleCode().equals(titleCode) && r.status() == status)
                .toList();
    }
}
