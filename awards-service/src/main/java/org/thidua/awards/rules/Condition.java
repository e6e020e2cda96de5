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
 * with a reason.
 */
public sealed interface Condition {

    ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history);

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
            TaskRating actual = candidate.taskRating();
            return ConditionOutcome.of(this, actual.atLeast(rating),
                    "task rating " + actual + ", " + rating + " or better required");
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
            boolean held = history.holds(candidate.recipientId(), year, titleCode);
            return ConditionOutcome.of(this, held, (held ? "holds " : "does not hold ") + titleCode + " in " + year);
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
            List<Integer> missing = Stream.iterate(year - years + 1, y -> y + 1).limit(years)
                    .filter(y -> !history.holds(candidate.recipientId(), y, titleCode)).toList();
            String span = (year - years + 1) + "-" + year;
            return missing.isEmpty()
                    ? ConditionOutcome.pass(this, "holds " + titleCode + " in every year " + span)
                    : ConditionOutcome.fail(this, "does not hold " + titleCode + " in " + join(missing) + "; "
                            + years + " consecutive years " + span + " required");
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
            List<String> members = candidate.unit().coveredMembers();
            long holders = members.stream().filter(m -> history.holds(m, year, titleCode)).count();
            long scaled = holders * 100;
            long required = (long) percent * members.size();
            boolean passed = !members.isEmpty() && (strictlyMore ? scaled > required : scaled >= required);
            return ConditionOutcome.of(this, passed, percentOf(holders, members.size()) + " of members hold "
                    + titleCode + " (" + holders + " of " + members.size() + candidate.unit().coverage() + "), "
                    + bound() + " required");
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
            UnitFacts unit = candidate.unit();
            List<String> notCompleted = new ArrayList<>(unit.members().stream()
                    .filter(m -> !m.taskRating().atLeast(TaskRating.COMPLETED)).map(MemberFacts::memberId).toList());
            notCompleted.addAll(unit.unratedMembers());  // no rating is no proof of completed tasks
            int covered = unit.coveredMembers().size();
            return notCompleted.isEmpty()
                    ? ConditionOutcome.pass(this, "all " + covered + " members completed tasks" + unit.coverage())
                    : ConditionOutcome.fail(this, notCompleted.size() + " of " + covered
                            + " members did not complete tasks: " + String.join(", ", notCompleted)
                            + unit.coverage());
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
            if (candidate instanceof Candidate.Individual individual) {
                Discipline actual = individual.member().discipline();
                return ConditionOutcome.of(this, !actual.atLeast(level),
                        "discipline " + actual + ", none at or above " + level + " allowed");
            }
            List<String> disciplined = candidate.unit().members().stream()
                    .filter(m -> m.discipline().atLeast(level)).map(MemberFacts::memberId).toList();
            return disciplined.isEmpty()
                    ? ConditionOutcome.pass(this, "no member disciplined at or above " + level)
                    : ConditionOutcome.fail(this, disciplined.size() + " member(s) disciplined at or above " + level
                            + ": " + String.join(", ", disciplined));
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
            Integer rank = candidate.unit().groupRank();
            if (rank == null) {
                return ConditionOutcome.fail(this, "not ranked in a group, rank " + k + " or better required");
            }
            return ConditionOutcome.of(this, rank <= k, "ranked " + rank + " in group " + candidate.unit().groupId()
                    + ", rank " + k + " or better required");
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
            InitiativeLevel actual = candidate instanceof Candidate.Individual individual
                    ? individual.member().recognisedInitiative()
                    : null;
            boolean passed = actual != null && (level == null || actual.atLeast(level));
            String has = actual == null ? "no recognised initiative" : "recognised initiative at " + actual + " level";
            return ConditionOutcome.of(this, passed, has + ", " + describe() + " required");
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
            long holders = candidate.unit().members().stream()
                    .filter(m -> history.holds(m.memberId(), year, titleCode)).count();
            return ConditionOutcome.pass(this, "unit " + candidate.unit().unitId() + " has "
                    + places(candidate.unit(), year, history) + " place(s): " + percent + "% of " + holders + " "
                    + titleCode + " holders, rounded down");
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
            List<ConditionOutcome> outcomes = alternatives.stream().map(c -> c.evaluate(candidate, year, history))
                    .toList();
            boolean passed = outcomes.stream().anyMatch(ConditionOutcome::passed);
            return ConditionOutcome.of(this, passed,
                    outcomes.stream().map(o -> (o.passed() ? "yes: " : "no: ") + o.reason())
                            .collect(Collectors.joining("; ")));
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
