package org.thidua.awards.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evaluates a year-end review against the rule set in force on its period end date. Titles are evaluated
 * prerequisites first, so a title found eligible this year (e.g. LĐTT) counts for the titles that build on it (CSTĐCS,
 * TTLĐXS). Titles the office proposes by hand ({@code automatic} false) are not evaluated. Caps (e.g. CSTĐCS: at
 * most 15 % of the unit's LĐTT) are applied per unit in ranking order (ADR 87):
 * <ol>
 * <li>the higher year-end score, where the unit's sheet gives one; members with a score come before those without;</li>
 * <li>then the better task rating;</li>
 * <li>then the higher recognised initiative (none last);</li>
 * <li>then the member id, so the order is always the same.</li>
 * </ol>
 * The rest are OVER_CAP and do not count as holders. Each outcome explains itself in Vietnamese and English, titles
 * named as the rule set names them.
 */
public final class EligibilityEngine {

    static final Comparator<Candidate.Individual> RANKING_ORDER = Comparator.comparing(
                    (Candidate.Individual c) -> c.member().score(),
                    Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(c -> c.member().taskRating())
            .thenComparing(
                    c -> c.member().recognisedInitiative(),
                    Comparator.nullsLast(Comparator.<InitiativeLevel>reverseOrder()))
            .thenComparing(c -> c.member().memberId());

    private final RuleSets ruleSets;

    public EligibilityEngine(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    public EligibilityReport evaluate(YearEndReview review, AwardHistory history) {
        RuleSet ruleSet = ruleSets.inForce(review.periodEndDate())
                .orElseThrow(() -> new IllegalStateException("no rule set in force on " + review.periodEndDate()));
        return evaluate(ruleSet, review, history);
    }

    public static EligibilityReport evaluate(RuleSet ruleSet, YearEndReview review, AwardHistory history) {
        int year = review.year();
        Set<AwardHistory.HeldTitle> foundThisYear = AwardHistory.newSet();
        AwardHistory seen = history.plus(foundThisYear);
        TitleNames names = TitleNames.of(ruleSet);
        List<Eligibility> results = new ArrayList<>();
        for (Title title : ruleSet.inPrerequisiteOrder()) {
            if (!title.automatic()) {
                continue;
            }
            List<Candidate> candidates = candidates(review, title.kind());
            List<Eligibility> forTitle = new ArrayList<>();
            List<Candidate.Individual> capped = new ArrayList<>();
            for (Candidate candidate : candidates) {
                if (history.holds(candidate.recipientId(), year, title.code())) {
                    forTitle.add(result(title, candidate, Eligibility.Status.ALREADY_AWARDED, List.of()));
                    continue;
                }
                List<ConditionOutcome> outcomes = title.conditions().stream()
                        .map(c -> c.evaluate(candidate, year, seen, names))
                        .toList();
                boolean passed = outcomes.stream().allMatch(ConditionOutcome::passed);
                forTitle.add(result(
                        title,
                        candidate,
                        passed ? Eligibility.Status.ELIGIBLE : Eligibility.Status.NOT_ELIGIBLE,
                        outcomes));
                if (passed && candidate instanceof Candidate.Individual individual && isCapped(title)) {
                    capped.add(individual);
                }
            }
            Map<String, Place> placed = placed(title, capped, year, seen);
            for (Eligibility e : forTitle) {
                Place place = placed.get(e.recipientId());
                Eligibility finalResult = place == null
                        ? e
                        : new Eligibility(
                                e.kind(),
                                e.recipientId(),
                                e.unitId(),
                                e.titleCode(),
                                place.over() ? Eligibility.Status.OVER_CAP : e.status(),
                                withPlace(title, e.outcomes(), place));
                if (finalResult.status() == Eligibility.Status.ELIGIBLE) {
                    foundThisYear.add(new AwardHistory.HeldTitle(e.recipientId(), year, title.code()));
                }
                results.add(finalResult);
            }
        }
        return new EligibilityReport(ruleSet.id(), year, results);
    }

    private static boolean isCapped(Title title) {
        return title.conditions().stream().anyMatch(c -> c instanceof CapShareOfTitleHolders);
    }

    /** A capped candidate's position in its unit's ranking order, of how many, and the unit's places. */
    private record Place(int position, int of, int places) {
        boolean over() {
            return position > places;
        }
    }

    /** The cap's outcome says where the candidate stands in the unit's ranking order (ADR 87). */
    private static List<ConditionOutcome> withPlace(Title title, List<ConditionOutcome> outcomes, Place place) {
        List<ConditionOutcome> placed = new ArrayList<>(outcomes);
        for (int i = 0; i < placed.size(); i++) {
            ConditionOutcome o = placed.get(i);
            if (title.conditions().get(i) instanceof CapShareOfTitleHolders && o.explanationVi() != null) {
                placed.set(
                        i,
                        o.explained(
                                o.explanationVi() + "; xếp thứ " + place.position() + " trong " + place.of()
                                        + " người đủ điều kiện của đơn vị (theo điểm tổng kết, xếp loại, sáng kiến)",
                                o.explanationEn() + "; ranked " + place.position() + " of " + place.of()
                                        + " qualifying in the unit (by year-end score, task rating, initiative)"));
            }
        }
        return placed;
    }

    private static Map<String, Place> placed(
            Title title, List<Candidate.Individual> eligible, int year, AwardHistory seen) {
        List<CapShareOfTitleHolders> caps = title.conditions().stream()
                .filter(c -> c instanceof CapShareOfTitleHolders)
                .map(CapShareOfTitleHolders.class::cast)
                .toList();
        Map<String, List<Candidate.Individual>> byUnit =
                eligible.stream().collect(Collectors.groupingBy(c -> c.unit().unitId()));
        Map<String, Place> placed = new HashMap<>();
        for (List<Candidate.Individual> inUnit : byUnit.values()) {
            UnitFacts unit = inUnit.get(0).unit();
            int places = caps.stream()
                    .mapToInt(cap -> cap.places(unit, year, seen))
                    .min()
                    .orElse(inUnit.size());
            List<Candidate.Individual> ranked =
                    inUnit.stream().sorted(RANKING_ORDER).toList();
            for (int i = 0; i < ranked.size(); i++) {
                placed.put(ranked.get(i).recipientId(), new Place(i + 1, ranked.size(), places));
            }
        }
        return placed;
    }

    private static List<Candidate> candidates(YearEndReview review, TitleKind kind) {
        List<Candidate> candidates = new ArrayList<>();
        for (UnitFacts unit : review.units()) {
            if (kind == TitleKind.COLLECTIVE) {
                candidates.add(new Candidate.Collective(unit));
            } else {
                unit.members().forEach(m -> candidates.add(new Candidate.Individual(m, unit)));
            }
        }
        return candidates;
    }

    private static Eligibility result(
            Title title, Candidate candidate, Eligibility.Status status, List<ConditionOutcome> outcomes) {
        return new Eligibility(
                title.kind(), candidate.recipientId(), candidate.unit().unitId(), title.code(), status, outcomes);
    }
}
