package org.thidua.awards.rules;

import io.micronaut.core.annotation.Nullable;

/**
 * Whether one condition held for one candidate, and why, in words a council member can check. {@code reason} is the
 * technical detail (ids and codes, English) kept since the first evaluations; {@code explanationVi} and
 * {@code explanationEn} say the same to a person, e.g. "8 trên 12 thành viên đạt Lao động tiên tiến: cần trên 50 %"
 * / "8 of 12 members hold Advanced Worker: more than 50 % required" (null in evaluations stored before issue 16, and
 * for a condition that gives none: a reader then shows {@code reason}; ADR 87).
 */
public record ConditionOutcome(
        String condition,
        boolean passed,
        String reason,
        @Nullable String explanationVi,
        @Nullable String explanationEn) {

    public ConditionOutcome(String condition, boolean passed, String reason) {
        this(condition, passed, reason, null, null);
    }

    static ConditionOutcome pass(Condition condition, String reason) {
        return new ConditionOutcome(condition.describe(), true, reason);
    }

    static ConditionOutcome fail(Condition condition, String reason) {
        return new ConditionOutcome(condition.describe(), false, reason);
    }

    static ConditionOutcome of(Condition condition, boolean passed, String reason) {
        return new ConditionOutcome(condition.describe(), passed, reason);
    }

    /** The same outcome explained to a person in Vietnamese and English. */
    ConditionOutcome explained(String vi, String en) {
        return new ConditionOutcome(condition, passed, reason, vi, en);
    }
}
