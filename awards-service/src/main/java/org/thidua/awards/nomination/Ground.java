package org.thidua.awards.nomination;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.thidua.awards.rules.ConditionOutcome;
import org.thidua.persistence.JsonColumns;

/**
 * One ground of a nomination: a condition of the rule set and its outcome, or a reason the office gave.
 * {@code explanationVi} / {@code explanationEn}: the outcome explained to a person (ADR 87); null in grounds stored
 * before issue 16 and in the office's own reasons, which a reader then shows as {@code reason}.
 */
@Serdeable
public record Ground(
        String condition,
        boolean passed,
        String reason,
        @Nullable String explanationVi,
        @Nullable String explanationEn) {

    public Ground(String condition, boolean passed, String reason) {
        this(condition, passed, reason, null, null);
    }

    public static Ground of(ConditionOutcome outcome) {
        return new Ground(
                outcome.condition(),
                outcome.passed(),
                outcome.reason(),
                outcome.explanationVi(),
                outcome.explanationEn());
    }

    public static Ground manual(String reason) {
        return new Ground("extraordinary achievement (manual nomination)", true, reason);
    }

    /** As the events carry grounds: one line each, at most 2000 characters. */
    public String line() {
        return cut((passed ? "passed: " : "failed: ") + condition + " — " + reason);
    }

    /** As the events carry grounds for a person, in Vietnamese: "Đạt: …" / "Không đạt: …"; the office's reason as given. */
    public String lineVi() {
        return cut(explanationVi == null ? reason : (passed ? "Đạt: " : "Không đạt: ") + explanationVi);
    }

    /** As the events carry grounds for a person, in English: "Met: …" / "Not met: …"; the office's reason as given. */
    public String lineEn() {
        return cut(explanationEn == null ? reason : (passed ? "Met: " : "Not met: ") + explanationEn);
    }

    private static String cut(String line) {
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE - 1) + "…";
    }

    private static final int MAX_LINE = 2000;

    public static String write(List<Ground> grounds) {
        return JsonColumns.write(grounds);
    }

    public static List<Ground> read(String json) {
        return JsonColumns.readList(json, Ground.class);
    }
}
