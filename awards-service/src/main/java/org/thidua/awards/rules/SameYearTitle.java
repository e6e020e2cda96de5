package org.thidua.awards.rules;

import java.util.Objects;
import java.util.Set;

/** The candidate holds (or is found eligible for) {@code titleCode} in the same year. */
public record SameYearTitle(String titleCode) implements Condition {
    public SameYearTitle {
        Objects.requireNonNull(titleCode, "titleCode");
    }

    @Override
    public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history) {
        return evaluate(candidate, year, history, TitleNames.CODES);
    }

    @Override
    public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history, TitleNames names) {
        boolean held = history.holds(candidate.recipientId(), year, titleCode);
        return ConditionOutcome.of(this, held, (held ? "holds " : "does not hold ") + titleCode + " in " + year)
                .explained(
                        held
                                ? "Đạt " + names.vi(titleCode) + " năm " + year
                                : "Không đạt " + names.vi(titleCode) + " năm " + year + ": cần đạt trong năm",
                        held
                                ? "Holds " + names.en(titleCode) + " in " + year
                                : "Does not hold " + names.en(titleCode) + " in " + year + ": required the same year");
    }

    @Override
    public String describe() {
        return titleCode + " the same year";
    }

    @Override
    public Set<String> referencedTitles() {
        return Set.of(titleCode);
    }
}
