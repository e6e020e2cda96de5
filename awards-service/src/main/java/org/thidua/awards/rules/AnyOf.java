package org.thidua.awards.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Any one of the alternatives (e.g. a recognised initiative OR excellent task completion). */
public record AnyOf(List<Condition> alternatives) implements Condition {
    public AnyOf {
        alternatives = List.copyOf(alternatives);
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("AnyOf needs at least one alternative");
        }
    }

    @Override
    public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history) {
        return evaluate(candidate, year, history, TitleNames.CODES);
    }

    @Override
    public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history, TitleNames names) {
        List<ConditionOutcome> outcomes = alternatives.stream()
                .map(c -> c.evaluate(candidate, year, history, names))
                .toList();
        boolean passed = outcomes.stream().anyMatch(ConditionOutcome::passed);
        return ConditionOutcome.of(
                        this,
                        passed,
                        outcomes.stream()
                                .map(o -> (o.passed() ? "yes: " : "no: ") + o.reason())
                                .collect(Collectors.joining("; ")))
                .explained(
                        "Cần một trong các điều kiện: "
                                + outcomes.stream()
                                        .map(o -> (o.passed() ? "đạt — " : "chưa đạt — ") + viOf(o))
                                        .collect(Collectors.joining("; hoặc ")),
                        "One of these required: "
                                + outcomes.stream()
                                        .map(o -> (o.passed() ? "met — " : "not met — ") + enOf(o))
                                        .collect(Collectors.joining("; or ")));
    }

    private static String viOf(ConditionOutcome o) {
        return o.explanationVi() == null ? o.reason() : o.explanationVi();
    }

    private static String enOf(ConditionOutcome o) {
        return o.explanationEn() == null ? o.reason() : o.explanationEn();
    }

    @Override
    public String describe() {
        return alternatives.stream().map(Condition::describe).collect(Collectors.joining(" or ", "(", ")"));
    }

    @Override
    public Set<String> referencedTitles() {
        return alternatives.stream().flatMap(c -> c.referencedTitles().stream()).collect(Collectors.toSet());
    }

    @Override
    public boolean appliesTo(TitleKind kind) {
        return alternatives.stream().allMatch(c -> c.appliesTo(kind));
    }
}
