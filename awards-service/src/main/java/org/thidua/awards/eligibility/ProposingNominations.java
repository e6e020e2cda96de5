package org.thidua.awards.eligibility;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.thidua.awards.Dates;
import org.thidua.awards.directory.Directory;
import org.thidua.awards.nomination.Ground;
import org.thidua.awards.nomination.Nominating;
import org.thidua.awards.nomination.Nomination;
import org.thidua.awards.nomination.NominationRepository;
import org.thidua.awards.nomination.NominationState;
import org.thidua.awards.registry.RegistryHistory;
import org.thidua.awards.rules.Eligibility;
import org.thidua.awards.rules.EligibilityEngine;
import org.thidua.awards.rules.EligibilityReport;
import org.thidua.awards.rules.RuleSet;
import org.thidua.awards.rules.Title;
import org.thidua.awards.rules.TitleKind;
import org.thidua.awards.rules.UnitFacts;
import org.thidua.awards.rules.YearEndReview;
import org.thidua.awards.ruleset.RuleCatalogue;
import org.thidua.contracts.RecipientKind;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.awards.NominationProposed;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;
import org.thidua.messaging.Outbox;
import org.thidua.persistence.JsonColumns;

/**
 * On a finalized YEAR_END review: evaluates every unit and member against the rule set in force on the period's end
 * date, with the registry's history; stores every result with each condition; turns ELIGIBLE results into PROPOSED
 * nominations and OVER_CAP ones into OVER_CAP nominations (visible, not lost), skipping titles nominated before
 * (even if rejected or withdrawn since) or awarded for that recipient and year; publishes {@code NominationProposed} for each PROPOSED one. Runs in the
 * idempotent consumer's transaction, so a redelivered review proposes nothing twice. A mid-year review is ignored,
 * and so is a thematic campaign's year end: the annual titles come from the regular campaign's (ADR 42). Shares of
 * members count every active member of a unit the directory knows but those the sheet excluded.
 */
@Singleton
public class ProposingNominations {

    private static final int CHUNK = 1000;

    private final RuleCatalogue catalogue;
    private final RegistryHistory history;
    private final EvaluationRepository evaluations;
    private final NominationRepository nominations;
    private final Outbox outbox;
    private final Directory directory;

    ProposingNominations(
            RuleCatalogue catalogue,
            RegistryHistory history,
            EvaluationRepository evaluations,
            NominationRepository nominations,
            Outbox outbox,
            Directory directory) {
        this.directory = directory;
        this.catalogue = catalogue;
        this.history = history;
        this.evaluations = evaluations;
        this.nominations = nominations;
        this.outbox = outbox;
    }

    /** A review period was finalized: the year end of the regular campaign proposes the nominations it makes due. */
    public void finalized(ReviewPeriodFinalized finalized) {
        if (!decidesAnnualTitles(finalized)) {
            return;
        }
        YearEndReview review = ReviewFacts.from(
                finalized,
                directory.activeMembers(finalized.memberOutcomes().stream()
                        .map(ReviewPeriodFinalized.UnitOutcomes::unitId)
                        .toList()));
        RuleSet set = catalogue
                .ruleSets()
                .inForce(review.periodEndDate())
                .orElseThrow(() -> new IllegalStateException("No rule set is in force on " + review.periodEndDate()));
        Set<String> recipients = new LinkedHashSet<>();
        for (UnitFacts unit : review.units()) {
            recipients.add(unit.unitId());
            unit.members().forEach(m -> recipients.add(m.memberId()));
        }
        EligibilityReport report = EligibilityEngine.evaluate(set, review, history.of(recipients));
        Instant now = Dates.now();
        Evaluation evaluation = evaluations.save(new Evaluation(
                UUID.randomUUID().toString(),
                finalized.campaignId(),
                review.year(),
                review.periodEndDate(),
                set.id(),
                JsonColumns.write(report.results()),
                now));
        List<Nomination> found = new ArrayList<>();
        for (Eligibility result : report.results()) {
            if (result.status() != Eligibility.Status.ELIGIBLE && result.status() != Eligibility.Status.OVER_CAP) {
                continue;
            }
            Title title = set.title(result.titleCode()).orElseThrow();
            boolean individual = result.kind() == TitleKind.INDIVIDUAL;
            found.add(Nominating.generated(
                    finalized.campaignId(),
                    evaluation.id(),
                    review.year(),
                    set,
                    title,
                    individual ? RecipientKind.MEMBER : RecipientKind.UNIT,
                    result.unitId(),
                    individual ? result.recipientId() : null,
                    result.outcomes().stream().map(Ground::of).toList(),
                    result.status() == Eligibility.Status.ELIGIBLE
                            ? NominationState.PROPOSED
                            : NominationState.OVER_CAP,
                    now));
        }
        Set<String> taken = taken(found.stream().map(Nomination::activeKey).toList());
        List<Nomination> fresh =
                found.stream().filter(n -> !taken.contains(n.activeKey())).toList();
        nominations.saveAll(fresh);
        outbox.publishAll(fresh.stream()
                .filter(n -> n.state() == NominationState.PROPOSED)
                .map(n -> (NominationProposed) Nominating.proposed(n, Ground.read(n.grounds()), now))
                .toList());
    }

    /**
     * Only the year end of the year's regular campaign decides the annual titles; an event without a kind (published
     * before issue 14) is read as the regular campaign's.
     */
    static boolean decidesAnnualTitles(ReviewPeriodFinalized finalized) {
        return finalized.period() == ReviewPeriod.YEAR_END
                && finalized.campaignKind() != CampaignLaunched.Kind.THEMATIC;
    }

    /** The keys of a nomination made before (whatever became of it) or of a standing award. */
    private Set<String> taken(List<String> keys) {
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            taken.addAll(nominations.findTitleKeys(chunk));
            taken.addAll(history.takenKeys(chunk));
        }
        return taken;
    }
}
