package org.thidua.awards.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fixed vocabulary of conditions a title is built from. Each answers, for one candidate in one year and against the
 * award history (which includes the titles already found eligible earlier in the same evaluation), passed or failed
 * with a reason, and explains itself to a person in Vietnamese and English (ADR 87).
 */
public sealed interface Condition {

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

    /** Task rating at least {@code rating} (of the member, or of the unit itself). */
    record MinimumTaskRating(TaskRating rating) implements Condition {
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
            return ConditionOutcome.of(this, actual.atLeast(rating),
                    "task rating " + actual + ", " + rating + " or better required").explained(
                    "Xếp loại " + Wording.vi(actual) + ": cần " + Wording.vi(rating) + " trở lên",
                    "Rated " + Wording.en(actual) + ": " + Wording.en(rating) + " or better required");
        }

        @Override
        public String describe() {
            return "task rating " + rating + " or better";
        }
    }

    /** The candidate holds (or is found eligible for) {@code titleCode} in the same year. */
    record SameYearTitle(String titleCode) implements Condition {
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
                    .explained(held ? "Đạt " + names.vi(titleCode) + " năm " + year
                                    : "Không đạt " + names.vi(titleCode) + " năm " + year + ": cần đạt trong năm",
                            held ? "Holds " + names.en(titleCode) + " in " + year
                                    : "Does not hold " + names.en(titleCode) + " in " + year
                                            + ": required the same year");
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

    /** {@code titleCode} held in each of the {@code years} years ending with the evaluated year. */
    record ConsecutiveYears(String titleCode, int years) implements Condition {
        public ConsecutiveYears {
            Objects.requireNonNull(titleCode, "titleCode");
            if (years < 1) {
                throw new IllegalArgumentException("years must be at least 1, was " + years);
            }
        }

        @Override
        public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history) {
            return evaluate(candidate, year, history, TitleNames.CODES);
        }

        @Override
        public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history, TitleNames names) {
            List<Integer> missing = Stream.iterate(year - years + 1, y -> y + 1).limit(years)
                    .filter(y -> !history.holds(candidate.recipientId(), y, titleCode)).toList();
            String span = (year - years + 1) + "-" + year;
            if (missing.isEmpty()) {
                String all = Wording.years(Stream.iterate(year - years + 1, y -> y + 1).limit(years).toList());
                return ConditionOutcome.pass(this, "holds " + titleCode + " in every year " + span).explained(
                        names.vi(titleCode) + " " + years + " năm liên tục (" + all + "): cần " + years + " năm",
                        names.en(titleCode) + " " + years + " consecutive years (" + all + "): " + years
                                + " years required");
            }
            int held = years - missing.size();
            return ConditionOutcome.fail(this, "does not hold " + titleCode + " in " + join(missing) + "; "
                    + years + " consecutive years " + span + " required").explained(
                    names.vi(titleCode) + " " + held + " trên " + years + " năm (thiếu " + Wording.years(missing)
                            + "): cần " + years + " năm liên tục " + span,
                    names.en(titleCode) + " in " + held + " of " + years + " years (missing "
                            + Wording.years(missing) + "): " + years + " consecutive years " + span + " required");
        }

        @Override
        public String describe() {
            return titleCode + " " + years + " consecutive years";
        }

        @Override
        public Set<String> referencedTitles() {
            return Set.of(titleCode);
        }
    }

    /**
     * At least (or more than, when {@code strictlyMore}) {@code percent}% of the unit's members hold the title,
     * counted over the unit's {@linkplain UnitFacts#coveredMembers covered members}.
     */
    record ShareOfMembersHolding(String titleCode, int percent, boolean strictlyMore) implements Condition {
        public ShareOfMembersHolding {
            Objects.requireNonNull(titleCode, "titleCode");
            checkPercent(percent);
        }

        @Override
        public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history) {
            return evaluate(candidate, year, history, TitleNames.CODES);
        }

        @Override
        public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history, TitleNames names) {
            List<String> members = candidate.unit().coveredMembers();
            long holders = members.stream().filter(m -> history.holds(m, year, titleCode)).count();
            long scaled = holders * 100;
            long required = (long) percent * members.size();
            boolean passed = !members.isEmpty() && (strictlyMore ? scaled > required : scaled >= required);
            UnitFacts unit = candidate.unit();
            return ConditionOutcome.of(this, passed, percentOf(holders, members.size()) + " of members hold "
                    + titleCode + " (" + holders + " of " + members.size() + unit.coverage() + "), "
                    + bound() + " required").explained(
                    holders + " trên " + members.size() + " thành viên đạt " + names.vi(titleCode) + ": cần "
                            + (strictlyMore ? "trên " : "ít nhất ") + percent + " %" + coverageVi(unit),
                    holders + " of " + members.size() + " members hold " + names.en(titleCode) + ": "
                            + (strictlyMore ? "more than " : "at least ") + percent + " % required"
                            + coverageEn(unit));
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

    /** Every member of the unit completed their tasks. */
    record AllMembersCompletedTasks() implements Condition {
        @Override
        public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history) {
            return evaluate(candidate, year, history, TitleNames.CODES);
        }

        @Override
        public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history, TitleNames names) {
            UnitFacts unit = candidate.unit();
            List<String> notCompleted = new ArrayList<>(unit.members().stream()
                    .filter(m -> !m.taskRating().atLeast(TaskRating.COMPLETED)).map(MemberFacts::memberId).toList());
            notCompleted.addAll(unit.unratedMembers());  // no rating is no proof of completed tasks
            int covered = unit.coveredMembers().size();
            if (notCompleted.isEmpty()) {
                return ConditionOutcome.pass(this, "all " + covered + " members completed tasks" + unit.coverage())
                        .explained("Cả " + covered + " thành viên hoàn thành nhiệm vụ" + coverageVi(unit),
                                "All " + covered + " members completed their tasks" + coverageEn(unit));
            }
            return ConditionOutcome.fail(this, notCompleted.size() + " of " + covered
                    + " members did not complete tasks: " + String.join(", ", notCompleted) + unit.coverage())
                    .explained(notCompleted.size() + " trên " + covered + " thành viên chưa được xếp loại hoàn "
                                    + "thành nhiệm vụ: cần tất cả hoàn thành" + coverageVi(unit),
                            notCompleted.size() + " of " + covered + " members are not rated as having completed "
                                    + "their tasks: all required" + coverageEn(unit));
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

    /** No discipline at or above {@code level}: of the member, or of any member of the unit. */
    record NoDisciplineAtOrAbove(Discipline level) implements Condition {
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
                return ConditionOutcome.of(this, !actual.atLeast(level),
                        "discipline " + actual + ", none at or above " + level + " allowed").explained(
                        vi + ": không được bị kỷ luật từ " + Wording.viAtLeast(level),
                        en + ": no " + Wording.enAtLeast(level) + " allowed");
            }
            List<String> disciplined = candidate.unit().members().stream()
                    .filter(m -> m.discipline().atLeast(level)).map(MemberFacts::memberId).toList();
            if (disciplined.isEmpty()) {
                return ConditionOutcome.pass(this, "no member disciplined at or above " + level).explained(
                        "Không thành viên nào bị kỷ luật từ " + Wording.viAtLeast(level),
                        "No member disciplined (" + Wording.enAtLeast(level) + ")");
            }
            return ConditionOutcome.fail(this, disciplined.size() + " member(s) disciplined at or above " + level
                    + ": " + String.join(", ", disciplined)).explained(
                    disciplined.size() + " thành viên bị kỷ luật từ " + Wording.viAtLeast(level)
                            + ": không được có ai",
                    disciplined.size() + " member(s) disciplined (" + Wording.enAtLeast(level)
                            + "): none allowed");
        }

        @Override
        public String describe() {
            return "no discipline at or above " + level;
        }
    }

    /** The unit ranks {@code k}th or better in its group's year-end ranking (ties share a rank). */
    record RankInGroupAtMost(int k) implements Condition {
        public RankInGroupAtMost {
            if (k < 1) {
                throw new IllegalArgumentException("k must be at least 1, was " + k);
            }
        }

        @Override
        public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history) {
            return evaluate(candidate, year, history, TitleNames.CODES);
        }

        @Override
        public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history, TitleNames names) {
            Integer rank = candidate.unit().groupRank();
            String neededVi = k == 1 ? "cần hạng 1" : "cần hạng 1 đến " + k;
            String neededEn = k == 1 ? "rank 1 required" : "rank 1 to " + k + " required";
            if (rank == null) {
                return ConditionOutcome.fail(this, "not ranked in a group, rank " + k + " or better required")
                        .explained("Không được xếp hạng trong cụm, khối thi đua: " + neededVi,
                                "Not ranked in an emulation cluster or block: " + neededEn);
            }
            return ConditionOutcome.of(this, rank <= k, "ranked " + rank + " in group " + candidate.unit().groupId()
                    + ", rank " + k + " or better required").explained(
                    "Xếp hạng " + rank + " trong cụm, khối thi đua: " + neededVi,
                    "Ranked " + rank + " in the emulation cluster or block: " + neededEn);
        }

        @Override
        public String describe() {
            return "rank " + k + " or better in group";
        }

        @Override
        public boolean appliesTo(TitleKind kind) {
            return kind == TitleKind.COLLECTIVE;
        }
    }

    /** A recognised initiative of at least {@code level}, or of any level when {@code level} is null. */
    record RecognisedInitiative(InitiativeLevel level) implements Condition {
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
            String hasVi = actual == null ? "Không có sáng kiến được công nhận"
                    : "Có sáng kiến được công nhận " + Wording.vi(actual);
            String hasEn = actual == null ? "No recognised initiative"
                    : "An initiative recognised at " + Wording.en(actual);
            String neededVi = level == null ? "cần một sáng kiến được công nhận"
                    : "cần sáng kiến được công nhận từ " + Wording.vi(level) + " trở lên";
            String neededEn = level == null ? "a recognised initiative required"
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

    /**
     * At most {@code percent}% of the unit's holders of {@code titleCode} that year, rounded down. Always passes for
     * one candidate; the engine applies the cap across the unit in ranking order.
     */
    record CapShareOfTitleHolders(String titleCode, int percent) implements Condition {
        public CapShareOfTitleHolders {
            Objects.requireNonNull(titleCode, "titleCode");
            checkPercent(percent);
        }

        /** The number of places in the unit: {@code percent}% of the holders, rounded down. */
        public int places(UnitFacts unit, int year, AwardHistory history) {
            long holders = unit.members().stream().filter(m -> history.holds(m.memberId(), year, titleCode)).count();
            return (int) (holders * percent / 100);
        }

        @Override
        public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history) {
            return evaluate(candidate, year, history, TitleNames.CODES);
        }

        @Override
        public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history, TitleNames names) {
            long holders = candidate.unit().members().stream()
                    .filter(m -> history.holds(m.memberId(), year, titleCode)).count();
            int places = places(candidate.unit(), year, history);
            return ConditionOutcome.pass(this, "unit " + candidate.unit().unitId() + " has "
                    + places + " place(s): " + percent + "% of " + holders + " "
                    + titleCode + " holders, rounded down").explained(
                    "Đơn vị có " + places + " suất: " + percent + " % của " + holders + " người đạt "
                            + names.vi(titleCode) + ", làm tròn xuống",
                    "The unit has " + places + (places == 1 ? " place" : " places") + ": " + percent + " % of "
                            + holders + " holders of " + names.en(titleCode) + ", rounded down");
        }

        @Override
        public String describe() {
            return "at most " + percent + "% of the unit's " + titleCode + " holders";
        }

        @Override
        public Set<String> referencedTitles() {
            return Set.of(titleCode);
        }

        @Override
        public boolean appliesTo(TitleKind kind) {
            return kind == TitleKind.INDIVIDUAL;
        }
    }

    /** Any one of the alternatives (e.g. a recognised initiative OR excellent task completion). */
    record AnyOf(List<Condition> alternatives) implements Condition {
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
                    .map(c -> c.evaluate(candidate, year, history, names)).toList();
            boolean passed = outcomes.stream().anyMatch(ConditionOutcome::passed);
            return ConditionOutcome.of(this, passed,
                    outcomes.stream().map(o -> (o.passed() ? "yes: " : "no: ") + o.reason())
                            .collect(Collectors.joining("; "))).explained(
                    "Cần một trong các điều kiện: " + outcomes.stream()
                            .map(o -> (o.passed() ? "đạt — " : "chưa đạt — ") + viOf(o))
                            .collect(Collectors.joining("; hoặc ")),
                    "One of these required: " + outcomes.stream()
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

    private static void checkPercent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be 0..100, was " + percent);
        }
    }

    /** What a share's explanation says of the members it counted beyond the sheet's, in Vietnamese. */
    private static String coverageVi(UnitFacts unit) {
        String text = "";
        if (!unit.excludedMembers().isEmpty()) {
            text += "; " + unit.excludedMembers().size() + " người được bảng tổng kết loại trừ không tính";
        }
        if (!unit.unratedMembers().isEmpty()) {
            text += "; " + unit.unratedMembers().size() + " thành viên không có trên bảng tổng kết vẫn được tính";
        }
        return text;
    }

    private static String coverageEn(UnitFacts unit) {
        String text = "";
        if (!unit.excludedMembers().isEmpty()) {
            text += "; " + unit.excludedMembers().size() + " excluded by the unit's sheet, not counted";
        }
        if (!unit.unratedMembers().isEmpty()) {
            text += "; " + unit.unratedMembers().size() + " active member(s) not on the sheet counted";
        }
        return text;
    }

    private static String percentOf(long part, int whole) {
        if (whole == 0) {
            return "0%";
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.DOWN)
                .stripTrailingZeros().toPlainString() + "%";
    }

    private static String join(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
