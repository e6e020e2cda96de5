package org.thidua.awards.rules;

import java.util.Objects;
import java.util.Set;

/**
 * At most {@code percent}% of the unit's holders of {@code titleCode} that year, rounded down. Always passes for
 * one candidate; the engine applies the cap across the unit in ranking order.
 */
public record CapShareOfTitleHolders(String titleCode, int percent) implements Condition {
    public CapShareOfTitleHolders {
        Objects.requireNonNull(titleCode, "titleCode");
        Wording.checkPercent(percent);
    }

    /** The number of places in the unit: {@code percent}% of the holders, rounded down. */
    public int places(UnitFacts unit, int year, AwardHistory history) {
        long holders = unit.members().stream()
                .filter(m -> history.holds(m.memberId(), year, titleCode))
                .count();
        return (int) (holders * percent / 100);
    }

    @Override
    public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history) {
        return evaluate(candidate, year, history, TitleNames.CODES);
    }

    @Override
    public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history, TitleNames names) {
        long holders = candidate.unit().members().stream()
                .filter(m -> history.holds(m.memberId(), year, titleCode))
                .count();
        int places = places(candidate.unit(), year, history);
        return ConditionOutcome.pass(
                        this,
                        "unit " + candidate.unit().unitId() + " has "
                                + places + " place(s): " + percent + "% of " + holders + " "
                                + titleCode + " holders, rounded down")
                .explained(
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
