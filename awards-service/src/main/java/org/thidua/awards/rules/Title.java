package org.thidua.awards.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A title or form of commendation (danh hiệu thi đua / hình thức khen thưởng) as one rule set defines it.
 * {@code level} is where it is awarded (e.g. BASE, MINISTRY, NATIONAL); {@code councilThresholdPercent} is the share of
 * ALL council members whose approval a nomination needs.
 */
public record Title(String code, String nameVi, String nameEn, TitleKind kind, String level, BigDecimal bonusMultiple,
        List<Condition> conditions, int councilThresholdPercent) {

    public static final int DEFAULT_COUNCIL_THRESHOLD_PERCENT = 70;

    public Title {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bonusMultiple, "bonusMultiple");
        conditions = List.copyOf(conditions);
    }

    public Title(String code, String nameVi, String nameEn, TitleKind kind, String level, BigDecimal bonusMultiple,
            List<Condition> conditions) {
        this(code, nameVi, nameEn, kind, level, bonusMultiple, conditions, DEFAULT_COUNCIL_THRESHOLD_PERCENT);
    }
}
