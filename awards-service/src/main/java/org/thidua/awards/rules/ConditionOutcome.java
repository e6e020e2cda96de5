package org.thidua.awards.rules;

/** Whether one condition held for one candidate, and why, in words a council member can check. */
public record ConditionOutcome(String condition, boolean passed, String reason) {

    static ConditionOutcome pass(Condition condition, String reason) {
        return new ConditionOutcome(condition.describe(), true, reason);
    }

    static ConditionOutcome fail(Condition condition, String reason) {
        return new ConditionOutcome(condition.describe(), false, reason);
    }

    static ConditionOutcome of(Condition condition, boolean passed, String reason) {
        return new ConditionOutcome(condition.describe(), passed, reason);
    }
}
