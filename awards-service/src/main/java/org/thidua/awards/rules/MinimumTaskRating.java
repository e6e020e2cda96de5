package org.thidua.awards.rules;

import java.util.Objects;

/** Task rating at least {@code rating} (of the member, or of the unit itself). */
public record MinimumTaskRating(TaskRating rating) implements Condition {
    public MinimumTaskRating {
        Objects.requireNonNull(rating, "rating");
    }

    @Override
    public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history) {
        return evaluate(candidate, year, history, TitleNames.CODES);
    }

    @Override
    public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history, TitleNames names) {
        TaskRating actual = candidate.taskRating();
        return ConditionOutcome.of(
                        this, actual.atLeast(rating), "task rating " + actual + ", " + rating + " or better required")
                .explained(
                        "Xếp loại " + Wording.vi(actual) + ": cần " + Wording.vi(rating) + " trở lên",
                        "Rated " + Wording.en(actual) + ": " + Wording.en(rating) + " or better required");
    }

    @Override
    public String describe() {
        return "task rating " + rating + " or better";
    }
}
