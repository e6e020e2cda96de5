package org.thidua.awards.nomination;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.thidua.awards.rules.ConditionOutcome;
import org.thidua.messaging.JsonColumns;

/**
 * One ground of a nomination: a condition of the rule set and its outcome, or a reason the office gave.
 * {@code explanationVi} / {@code explanationEn}: the outcome explained to a person (ADR 87); null in grounds stored
 * before issue 16 and in the office's own reasons, which a reader then shows as {@code reason}.
 */
@Serdeable
public record Ground(String condition, boolean passed, String reason, @Nullable String explanationVi,
                     @Nullable String explanationEn) {

    public Ground(String condition, boolean passed, String reason) {
        this(condition, passed, reason, null, null);
    }

    public static Ground of(ConditionOutcome outcome) {
        return new Ground(outcome.condition(), outcome.passed(), outcome.reason(), outcome.explanationVi(),
                outcome.explanationEn());
    }

    public static Ground manual(String reason) {
        return new Ground("extraordinary achievement (manual nomination)", true, reason);
    }

    /** What a person reads in Vietnamese: the explanation, or for an older ground or the office's reason, the reason. */
    public String textVi() {
        return explanationVi == null ? reason : explanationVi;
    }

    /** What a person reads in English: the explanation, or for an older ground or the office's reason, the reason. */
    public String textEn() {
        return explanationEn == null ? reason : explanationEn;
    }

    /** As the events carry grounds: one line each, at most 2000 characters. */
    public String line() {
        String line = (passed ? "passed: " : "failed: ") + condition + " — " + reason;
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
