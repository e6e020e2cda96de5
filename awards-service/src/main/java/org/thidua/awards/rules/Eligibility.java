package org.thidua.awards.rules;

import java.util.List;

/** One candidate's result for one title, with every condition's outcome (the nomination's grounds). */
public record Eligibility(
        TitleKind kind,
        String recipientId,
        String unitId,
        String titleCode,
        Status status,
        List<ConditionOutcome> outcomes) {

    public enum Status {
        /** Every condition passed and the candidate is within any cap. */
        ELIGIBLE,
        /** At least one condition failed. */
        NOT_ELIGIBLE,
        /** Every condition passed but the unit's cap was filled by better-ranked candidates. */
        OVER_CAP,
        /** The registry already holds this title for this recipient and year (one achievement, one award). */
        ALREADY_AWARDED
    }

    public Eligibility {
        outcomes = List.copyOf(outcomes);
    }

    public List<ConditionOutcome> failed() {
        return outcomes.stream().filter(o -> !o.passed()).toList();
    }
}
