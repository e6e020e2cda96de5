package org.thidua.awards.rules;

import java.util.List;
import java.util.Objects;

/** No discipline at or above {@code level}: of the member, or of any member of the unit. */
public record NoDisciplineAtOrAbove(Discipline level) implements Condition {
    public NoDisciplineAtOrAbove {
        Objects.requireNonNull(level, "level");
        if (level == Discipline.NONE) {
            throw new IllegalArgumentException("level must be a discipline, not NONE");
        }
    }

    @Override
    public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history) {
        return evaluate(candidate, year, history, TitleNames.CODES);
    }

    @Override
    public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history, TitleNames names) {
        if (candidate instanceof Candidate.Individual individual) {
            Discipline actual = individual.member().discipline();
            String vi = actual == Discipline.NONE ? "Không bị kỷ luật" : "Bị kỷ luật " + Wording.vi(actual);
            String en = Wording.en(actual);
            return ConditionOutcome.of(
                            this,
                            !actual.atLeast(level),
                            "discipline " + actual + ", none at or above " + level + " allowed")
                    .explained(
                            vi + ": không được bị kỷ luật từ " + Wording.viAtLeast(level),
                            en + ": no " + Wording.enAtLeast(level) + " allowed");
        }
        List<String> disciplined = candidate.unit().members().stream()
                .filter(m -> m.discipline().atLeast(level))
                .map(MemberFacts::memberId)
                .toList();
        if (disciplined.isEmpty()) {
            return ConditionOutcome.pass(this, "no member disciplined at or above " + level)
                    .explained(
                            "Không thành viên nào bị kỷ luật từ " + Wording.viAtLeast(level),
                            "No member disciplined (" + Wording.enAtLeast(level) + ")");
        }
        return ConditionOutcome.fail(
                        this,
                        disciplined.size() + " member(s) disciplined at or above " + level + ": "
                                + String.join(", ", disciplined))
                .explained(
                        disciplined.size() + " thành viên bị kỷ luật từ " + Wording.viAtLeast(level)
                                + ": không được có ai",
                        disciplined.size() + " member(s) disciplined (" + Wording.enAtLeast(level) + "): none allowed");
    }

    @Override
    public String describe() {
        return "no discipline at or above " + level;
    }
}
