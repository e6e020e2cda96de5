package org.thidua.awards.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** {@code titleCode} held in each of the {@code years} years ending with the evaluated year. */
public record ConsecutiveYears(String titleCode, int years) implements Condition {
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
        List<Integer> missing = Stream.iterate(year - years + 1, y -> y + 1)
                .limit(years)
                .filter(y -> !history.holds(candidate.recipientId(), y, titleCode))
                .toList();
        String span = (year - years + 1) + "-" + year;
        if (missing.isEmpty()) {
            String all = Wording.years(
                    Stream.iterate(year - years + 1, y -> y + 1).limit(years).toList());
            return ConditionOutcome.pass(this, "holds " + titleCode + " in every year " + span)
                    .explained(
                            names.vi(titleCode) + " " + years + " năm liên tục (" + all + "): cần " + years + " năm",
                            names.en(titleCode) + " " + years + " consecutive years (" + all + "): " + years
                                    + " years required");
        }
        int held = years - missing.size();
        return ConditionOutcome.fail(
                        this,
                        "does not hold " + titleCode + " in " + Wording.join(missing) + "; " + years
                                + " consecutive years " + span + " required")
                .explained(
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
