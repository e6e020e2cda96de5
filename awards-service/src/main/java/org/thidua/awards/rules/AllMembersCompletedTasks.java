package org.thidua.awards.rules;

import java.util.ArrayList;
import java.util.List;

/** Every member of the unit completed their tasks. */
public record AllMembersCompletedTasks() implements Condition {
    @Override
    public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history) {
        return evaluate(candidate, year, history, TitleNames.CODES);
    }

    @Override
    public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history, TitleNames names) {
        UnitFacts unit = candidate.unit();
        List<String> notCompleted = new ArrayList<>(unit.members().stream()
                .filter(m -> !m.taskRating().atLeast(TaskRating.COMPLETED))
                .map(MemberFacts::memberId)
                .toList());
        notCompleted.addAll(unit.unratedMembers()); // no rating is no proof of completed tasks
        int covered = unit.coveredMembers().size();
        if (notCompleted.isEmpty()) {
            return ConditionOutcome.pass(this, "all " + covered + " members completed tasks" + unit.coverage())
                    .explained(
                            "Cả " + covered + " thành viên hoàn thành nhiệm vụ" + Wording.coverageVi(unit),
                            "All " + covered + " members completed their tasks" + Wording.coverageEn(unit));
        }
        return ConditionOutcome.fail(
                        this,
                        notCompleted.size() + " of " + covered + " members did not complete tasks: "
                                + String.join(", ", notCompleted) + unit.coverage())
                .explained(
                        notCompleted.size() + " trên " + covered + " thành viên chưa được xếp loại hoàn "
                                + "thành nhiệm vụ: cần tất cả hoàn thành" + Wording.coverageVi(unit),
                        notCompleted.size() + " of " + covered + " members are not rated as having completed "
                                + "their tasks: all required" + Wording.coverageEn(unit));
    }

    @Override
    public String describe() {
        return "all members completed tasks";
    }

    @Override
    public boolean appliesTo(TitleKind kind) {
        return kind == TitleKind.COLLECTIVE;
    }
}
