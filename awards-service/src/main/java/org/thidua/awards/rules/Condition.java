package org.thidua.awards.rules;

import java.util.Set;

/**
 * The fixed vocabulary of conditions a title is built from. Each answers, for one candidate in one year and against the
 * award history (which includes the titles already found eligible earlier in the same evaluation), passed or failed
 * with a reason, and explains itself to a person in Vietnamese and English (ADR 87). Each condition is a record of its
 * own file in this package; the words their explanations share are in {@link Wording}.
 */
public sealed interface Condition
        permits MinimumTaskRating,
                SameYearTitle,
                ConsecutiveYears,
                ShareOfMembersHolding,
                AllMembersCompletedTasks,
                NoDisciplineAtOrAbove,
                RankInGroupAtMost,
                RecognisedInitiative,
                CapShareOfTitleHolders,
                AnyOf {

    /** The outcome; its explanations name titles by their codes. */
    ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history);

    /**
     * The outcome with its explanations in Vietnamese and English, titles named by {@code names} (the rule set's
     * names). A condition that gives no explanation answers as {@link #evaluate(Candidate, int, AwardHistory)}, and
     * readers show its reason.
     */
    default ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history, TitleNames names) {
        return evaluate(candidate, year, history);
    }

    /** A short description of the condition itself, e.g. "task rating GOOD or better". */
    String describe();

    /** Titles this condition depends on; they must exist in the rule set and form no cycle. */
    default Set<String> referencedTitles() {
        return Set.of();
    }

    /** Whether the condition can be asked of a candidate of that kind. */
    default boolean appliesTo(TitleKind kind) {
        return true;
    }
}
