package org.thidua.awards.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * At least (or more than, when {@code strictlyMore}) {@code percent}% of the unit's members hold the title,
 * counted over the unit's {@linkplain UnitFacts#coveredMembers covered members}.
 */
public record ShareOfMembersHolding(String titleCode, int percent, boolean strictlyMore) implements Condition {
    public ShareOfMembersHolding {
        Objects.requireNonNull(titleCode, "titleCode");
        Wording.checkPercent(percent);
    }

    @Override
    public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history) {
        return evaluate(candidate, year, history, TitleNames.CODES);
    }

    @Override
    public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history, TitleNames names) {
        List<String> members = candidate.unit().coveredMembers();
        long holders =
                members.stream().filter(m -> history.holds(m, year, titleCode)).count();
        long scaled = holders * 100;
        long required = (long) percent * members.size();
        boolean passed = !members.isEmpty() && (strictlyMore ? scaled > required : scaled >= required);
        UnitFacts unit = candidate.unit();
        return ConditionOutcome.of(
                        this,
                        passed,
                        Wording.percentOf(holders, members.size()) + " of members hold "
                                + titleCode + " (" + holders + " of " + members.size() + unit.coverage() + "), "
                                + bound() + " required")
                .explained(
                        holders + " trên " + members.size() + " thành viên đạt " + names.vi(titleCode) + ": cần "
                                + (strictlyMore ? "trên " : "ít nhất ") + percent + " %" + Wording.coverageVi(unit),
                        holders + " of " + members.size() + " members hold " + names.en(titleCode) + ": "
                                + (strictlyMore ? "more than " : "at least ") + percent + " % required"
                                + Wording.coverageEn(unit));
    }

    private String bound() {
        return (strictlyMore ? "more than " : "at least ") + percent + "%";
    }

    @Override
    public String describe() {
        return bound() + " of members hold " + titleCode;
    }

    @Override
    public Set<String> referencedTitles() {
        return Set.of(titleCode);
    }

    @Override
    public boolean appliesTo(TitleKind kind) {
        return kind == TitleKind.COLLECTIVE;
    }
}
