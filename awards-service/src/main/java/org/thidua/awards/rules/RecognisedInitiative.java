package org.thidua.awards.rules;

/** A recognised initiative of at least {@code level}, or of any level when {@code level} is null. */
public record RecognisedInitiative(InitiativeLevel level) implements Condition {
    @Override
    public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history) {
        return evaluate(candidate, year, history, TitleNames.CODES);
    }

    @Override
    public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history, TitleNames names) {
        InitiativeLevel actual = candidate instanceof Candidate.Individual individual
                ? individual.member().recognisedInitiative()
                : null;
        boolean passed = actual != null && (level == null || actual.atLeast(level));
        String has = actual == null ? "no recognised initiative" : "recognised initiative at " + actual + " level";
        String hasVi = actual == null
                ? "Không có sáng kiến được công nhận"
                : "Có sáng kiến được công nhận " + Wording.vi(actual);
        String hasEn =
                actual == null ? "No recognised initiative" : "An initiative recognised at " + Wording.en(actual);
        String neededVi = level == null
                ? "cần một sáng kiến được công nhận"
                : "cần sáng kiến được công nhận từ " + Wording.vi(level) + " trở lên";
        String neededEn = level == null
                ? "a recognised initiative required"
                : "an initiative recognised at " + Wording.en(level) + " or above required";
        return ConditionOutcome.of(this, passed, has + ", " + describe() + " required")
                .explained(hasVi + ": " + neededVi, hasEn + ": " + neededEn);
    }

    @Override
    public String describe() {
        return level == null ? "a recognised initiative" : "a recognised initiative at " + level + " level or above";
    }

    @Override
    public boolean appliesTo(TitleKind kind) {
        return kind == TitleKind.INDIVIDUAL;
    }
}
