package org.thidua.portal.awards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thidua.portal.web.Formats;

/**
 * How the pages show awards: each named for a person (the unit's name, and the member's for a personal title), found
 * by a part of those names typed with or without accents, and the decisions they came from.
 */
final class Registry {

    private Registry() {}

    /** An award with its unit's name and its recipient's (the member, or the unit for a collective title). */
    record Row(AwardsClient.Award award, String unitName, String recipientName) {}

    /** A decision as the list shows it: its number, date, how many awards and their bonuses together. */
    record DecisionLine(String decisionId, String number, LocalDate decidedOn, int awards, BigDecimal total) {}

    /**
     * The awards named, keeping those whose unit or recipient name contains {@code query} (accents and case ignored;
     * blank keeps all). A name units-service did not give is shown as {@code unknown}.
     */
    static List<Row> rows(
            List<AwardsClient.Award> awards,
            Map<String, String> unitNames,
            Map<String, String> memberNames,
            String query,
            String unknown) {
        List<Row> rows = new ArrayList<>();
        for (AwardsClient.Award award : awards) {
            String unit = unitNames.getOrDefault(award.unitId(), unknown);
            String recipient = award.memberId() == null ? unit : memberNames.getOrDefault(award.memberId(), unknown);
            if (Formats.matches(unit + " " + recipient, query)) {
                rows.add(new Row(award, unit, recipient));
            }
        }
        return rows;
    }

    /** The decisions the awards came from (an imported award of a past year has none), newest first. */
    static List<DecisionLine> decisions(List<AwardsClient.Award> awards) {
        Map<String, List<AwardsClient.Award>> byDecision = new LinkedHashMap<>();
        for (AwardsClient.Award award : awards) {
            if (award.decisionId() != null) {
                byDecision
                        .computeIfAbsent(award.decisionId(), id -> new ArrayList<>())
                        .add(award);
            }
        }
        List<DecisionLine> lines = new ArrayList<>();
        byDecision.forEach((id, its) -> lines.add(new DecisionLine(
                id,
                its.get(0).decisionNumber(),
                its.get(0).decidedOn(),
                its.size(),
                its.stream().map(AwardsClient.Award::bonusAmount).reduce(BigDecimal.ZERO, BigDecimal::add))));
        lines.sort(Comparator.comparing(DecisionLine::decidedOn, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(DecisionLine::number, Comparator.nullsLast(Comparator.naturalOrder())));
        return lines;
    }
}
