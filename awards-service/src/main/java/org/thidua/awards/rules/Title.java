package org.thidua.awards.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A title or form of commendation (danh hiệu thi đua / hình thức khen thưởng) as one rule set defines it.
 * {@code level} is where it is awarded (e.g. BASE, MINISTRY, NATIONAL); {@code councilThresholdPercent} is the share of
 * ALL council members whose approval a nomination needs.
 * <p>
 * {@code line}: titles of one line (e.g. the collective titles of a year) reward the same achievement, so a recipient
 * reaching several of them for the same year is paid one bonus, the highest (null: the title is alone in its line).
 * {@code automatic}: whether the engine proposes it from year-end reviews; false for forms the office proposes by hand
 * (certificates of merit, flags given on a ministry's proposal). {@code unverified}: what of this title's figures or
 * conditions could not be checked against the official text, in words a person reads (null: all verified).
 */
public record Title(
        String code,
        String nameVi,
        String nameEn,
        TitleKind kind,
        String level,
        BigDecimal bonusMultiple,
        List<Condition> conditions,
        int councilThresholdPercent,
        String line,
        boolean automatic,
        String unverified) {

    public static final int DEFAULT_COUNCIL_THRESHOLD_PERCENT = 70;

    public Title {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bonusMultiple, "bonusMultiple");
        conditions = List.copyOf(conditions);
    }

    public Title(
            String code,
            String nameVi,
            String nameEn,
            TitleKind kind,
            String level,
            BigDecimal bonusMultiple,
            List<Condition> conditions,
            int councilThresholdPercent) {
        this(code, nameVi, nameEn, kind, level, bonusMultiple, conditions, councilThresholdPercent, null, true, null);
    }

    public Title(
            String code,
            String nameVi,
            String nameEn,
            TitleKind kind,
            String level,
            BigDecimal bonusMultiple,
            List<Condition> conditions) {
        this(code, nameVi, nameEn, kind, level, bonusMultiple, conditions, DEFAULT_COUNCIL_THRESHOLD_PERCENT);
    }
}
