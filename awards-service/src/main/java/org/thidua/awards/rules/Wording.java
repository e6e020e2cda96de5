package org.thidua.awards.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/** The words explanations use for ratings, initiative levels, discipline and bounds, in Vietnamese and English. */
final class Wording {

    private Wording() {}

    static String vi(TaskRating rating) {
        return switch (rating) {
            case EXCELLENT -> "Hoàn thành xuất sắc nhiệm vụ";
            case GOOD -> "Hoàn thành tốt nhiệm vụ";
            case COMPLETED -> "Hoàn thành nhiệm vụ";
            case NOT_COMPLETED -> "Không hoàn thành nhiệm vụ";
        };
    }

    static String en(TaskRating rating) {
        return switch (rating) {
            case EXCELLENT -> "tasks completed with excellence";
            case GOOD -> "tasks completed well";
            case COMPLETED -> "tasks completed";
            case NOT_COMPLETED -> "tasks not completed";
        };
    }

    static String vi(InitiativeLevel level) {
        return switch (level) {
            case BASE -> "cấp cơ sở";
            case MINISTRY -> "cấp bộ, ngành";
            case NATIONAL -> "toàn quốc";
        };
    }

    static String en(InitiativeLevel level) {
        return switch (level) {
            case BASE -> "unit level";
            case MINISTRY -> "ministry or sector level";
            case NATIONAL -> "national level";
        };
    }

    /** A discipline received, e.g. "khiển trách". */
    static String vi(Discipline discipline) {
        return switch (discipline) {
            case NONE -> "không";
            case REPRIMAND -> "khiển trách";
            case WARNING_OR_WORSE -> "cảnh cáo trở lên";
        };
    }

    /** A discipline received, as a sentence's start, e.g. "Reprimanded". */
    static String en(Discipline discipline) {
        return switch (discipline) {
            case NONE -> "Not disciplined";
            case REPRIMAND -> "Reprimanded";
            case WARNING_OR_WORSE -> "Warned or disciplined more heavily";
        };
    }

    /** "khiển trách trở lên": a discipline at or above {@code level}. */
    static String viAtLeast(Discipline level) {
        return switch (level) {
            case NONE -> "bất kỳ";
            case REPRIMAND -> "khiển trách trở lên";
            case WARNING_OR_WORSE -> "cảnh cáo trở lên";
        };
    }

    /** "reprimand or worse": a discipline at or above {@code level}. */
    static String enAtLeast(Discipline level) {
        return switch (level) {
            case NONE -> "any";
            case REPRIMAND -> "reprimand or worse";
            case WARNING_OR_WORSE -> "warning or worse";
        };
    }

    static String years(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    static void checkPercent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be 0..100, was " + percent);
        }
    }

    /** What a share's explanation says of the members it counted beyond the sheet's, in Vietnamese. */
    static String coverageVi(UnitFacts unit) {
        String text = "";
        if (!unit.excludedMembers().isEmpty()) {
            text += "; " + unit.excludedMembers().size() + " người được bảng tổng kết loại trừ không tính";
        }
        if (!unit.unratedMembers().isEmpty()) {
            text += "; " + unit.unratedMembers().size() + " thành viên không có trên bảng tổng kết vẫn được tính";
        }
        return text;
    }

    static String coverageEn(UnitFacts unit) {
        String text = "";
        if (!unit.excludedMembers().isEmpty()) {
            text += "; " + unit.excludedMembers().size() + " excluded by the unit's sheet, not counted";
        }
        if (!unit.unratedMembers().isEmpty()) {
            text += "; " + unit.unratedMembers().size() + " active member(s) not on the sheet counted";
        }
        return text;
    }

    static String percentOf(long part, int whole) {
        if (whole == 0) {
            return "0%";
        }
        return BigDecimal.valueOf(part * 100)
                        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.DOWN)
                        .stripTrailingZeros()
                        .toPlainString()
                + "%";
    }

    static String join(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
