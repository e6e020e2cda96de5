package org.thidua.awards.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One achievement, one bonus (ADR 85): titles of one {@code line} (e.g. the collective titles of a year) reward the
 * same achievement, so a recipient reaching several of them for the same year is paid once, at the highest amount
 * (Decree 91/2017/NĐ-CP, Article 66(2)(c); its successor in Decree 98/2023/NĐ-CP). Every title is still conferred.
 * <p>
 * Within one decision the highest amount pays in full and the others pay 0. Across decisions, what the recipient was
 * already paid for that line and year (standing awards only; revoked ones do not count) is deducted: the new highest
 * pays the difference up to its own amount, or 0 when more was already paid. Each award that pays less than its full
 * amount carries a note, in Vietnamese, saying why. Plain Java: {@code OneAchievementOneBonusTest}.
 */
public final class OneAchievementOneBonus {

    private OneAchievementOneBonus() {}

    /**
     * An award the decision is about to make: {@code key} identifies it in the answer; {@code line} null when the
     * title is alone in its line; the full bonus is {@code multiple × baseSalary}.
     */
    public record Due(
            String key,
            String recipientId,
            int year,
            String line,
            String titleName,
            BigDecimal multiple,
            BigDecimal baseSalary) {

        public BigDecimal full() {
            return multiple.multiply(baseSalary).setScale(0, RoundingMode.HALF_UP);
        }
    }

    /** A standing award of an earlier decision (or import), with what it paid. */
    public record Paid(
            String recipientId, int year, String line, String titleName, BigDecimal amount, String decisionNumber) {}

    /** What an award pays, and why when it is less than its full amount (null otherwise). */
    public record Bonus(BigDecimal amount, String note) {}

    /**
     * The bonus of each award due, by its key. {@code rule}: the article the note cites (the rule set's
     * {@code highestBonusRule}; null: cite none).
     */
    public static Map<String, Bonus> apply(List<Due> due, List<Paid> earlier, String rule) {
        Map<String, Bonus> result = new LinkedHashMap<>();
        Map<List<Object>, List<Due>> groups = new LinkedHashMap<>();
        for (Due d : due) {
            if (d.line() == null) {
                result.put(d.key(), new Bonus(d.full(), null));
            } else {
                groups.computeIfAbsent(List.of(d.recipientId(), d.year(), d.line()), k -> new ArrayList<>())
                        .add(d);
            }
        }
        String cited = rule == null || rule.isBlank() ? "" : " (" + rule + ")";
        for (List<Due> group : groups.values()) {
            List<Due> ranked = group.stream()
                    .sorted(Comparator.comparing(Due::full).reversed().thenComparing(Due::key))
                    .toList();
            Due highest = ranked.get(0);
            List<Paid> before = earlier.stream()
                    .filter(p -> p.recipientId().equals(highest.recipientId())
                            && p.year() == highest.year()
                            && Objects.equals(p.line(), highest.line()))
                    .toList();
            BigDecimal paid = before.stream().map(Paid::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (before.isEmpty()) {
                result.put(highest.key(), new Bonus(highest.full(), null));
            } else {
                String earlierTitles = String.join(
                        ", ",
                        before.stream()
                                .map(p -> "danh hiệu " + p.titleName() + " (" + money(p.amount()) + ", quyết định "
                                        + p.decisionNumber() + ")")
                                .toList());
                if (highest.full().compareTo(paid) > 0) {
                    BigDecimal difference = highest.full().subtract(paid);
                    result.put(
                            highest.key(),
                            new Bonus(
                                    difference,
                                    "Cùng thành tích năm " + highest.year()
                                            + " với " + earlierTitles
                                            + ": chỉ nhận mức thưởng cao nhất, nên nhận phần chênh lệch "
                                            + money(highest.full()) + " − " + money(paid) + " = " + money(difference)
                                            + cited + "."));
                } else {
                    result.put(
                            highest.key(),
                            new Bonus(
                                    BigDecimal.ZERO,
                                    "Cùng thành tích năm " + highest.year()
                                            + " với " + earlierTitles + ": đã nhận " + money(paid)
                                            + ", không thấp hơn mức của danh "
                                            + "hiệu này (" + money(highest.full()) + "); chỉ nhận mức thưởng cao nhất"
                                            + cited + "."));
                }
            }
            for (Due lower : ranked.subList(1, ranked.size())) {
                result.put(
                        lower.key(),
                        new Bonus(
                                BigDecimal.ZERO,
                                "Cùng thành tích năm " + lower.year()
                                        + " với danh hiệu " + highest.titleName() + " (" + multiple(highest.multiple())
                                        + " × "
                                        + money(highest.baseSalary()) + " = " + money(highest.full())
                                        + "): chỉ nhận mức thưởng cao "
                                        + "nhất" + cited + "."));
            }
        }
        Map<String, Bonus> ordered = new LinkedHashMap<>();
        due.forEach(d -> ordered.put(d.key(), result.get(d.key())));
        return ordered;
    }

    /** 1800000 → "1.800.000 ₫", as Vietnamese writes amounts. */
    public static String money(BigDecimal amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0", symbols).format(amount) + " ₫";
    }

    /** 1.50 → "1,5", as Vietnamese writes decimals. */
    public static String multiple(BigDecimal multiple) {
        return multiple.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
