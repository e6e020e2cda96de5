package org.thidua.campaigns.scoresheet;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thidua.campaigns.campaign.Criterion;
import org.thidua.campaigns.scope.UnitMembers;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.registrations.ScoreSheetApproved;
import org.thidua.contracts.registrations.ScoreSheetReturned;
import org.thidua.contracts.registrations.ScoreSheetSubmitted;
import org.thidua.messaging.Outbox;
import org.thidua.web.Problem;
import org.thidua.web.ProblemException;

/**
 * Use cases moving a score sheet through its states: submit (every criterion entered; at year end, every active
 * member of the unit rated or excluded with a reason), review (the reviewer's
 * points beside the unit's), approve (final), return one step back with a reason.
 */
@Singleton
public class ChangingScoreSheet {

    private final SheetRules rules;
    private final ScoreSheetRepository sheets;
    private final ScoreEntryRepository entries;
    private final Outbox outbox;
    private final MemberOutcomeRepository outcomes;
    private final MemberExclusionRepository exclusions;
    private final UnitMembers members;
    private final Clock clock = Clock.systemUTC();

    ChangingScoreSheet(
            SheetRules rules,
            ScoreSheetRepository sheets,
            ScoreEntryRepository entries,
            Outbox outbox,
            MemberOutcomeRepository outcomes,
            MemberExclusionRepository exclusions,
            UnitMembers members) {
        this.outcomes = outcomes;
        this.exclusions = exclusions;
        this.members = members;
        this.rules = rules;
        this.sheets = sheets;
        this.entries = entries;
        this.outbox = outbox;
    }

    @Transactional
    public ScoreSheet submit(String campaignId, ReviewPeriod period, String id) {
        ScoreSheet current = rules.lock(campaignId, period, id);
        ScoreSheetState next = ProblemException.orConflict(ScoreSheetTransitions.submit(current.state()));
        Set<String> entered = entries.findByScoreSheetId(id).stream()
                .map(ScoreEntry::criterionCode)
                .collect(Collectors.toSet());
        List<String> missing = ScoreSheetTransitions.missingCriteria(
                rules.criteria(campaignId).values().stream()
                        .map(Criterion::code)
                        .sorted()
                        .toList(),
                entered);
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("A score sheet is submitted only when every criterion has an entry; "
                    + "missing: " + String.join(", ", missing));
        }
        if (period == ReviewPeriod.YEAR_END) {
            requireEveryMember(current);
        }
        Instant now = now();
        ScoreSheet submitted =
                sheets.update(current.with(next, current.selfTotal(), null, current.unitTaskRating(), null, now));
        outbox.publish(new ScoreSheetSubmitted(
                id, current.registrationId(), campaignId, current.unitId(), period, current.selfTotal(), now));
        return submitted;
    }

    /** 422 naming the active members of the unit the year-end sheet neither rates nor excludes. */
    private void requireEveryMember(ScoreSheet sheet) {
        List<String> missing = YearEndCoverage.missing(
                members.active(sheet.unitId()),
                outcomes.findByScoreSheetId(sheet.id()).stream()
                        .map(MemberOutcome::memberId)
                        .toList(),
                exclusions.findByScoreSheetId(sheet.id()).stream()
                        .map(MemberExclusion::memberId)
                        .toList());
        if (!missing.isEmpty()) {
            String message = "lacks " + missing.size() + " active member(s) of " + members.unitName(sheet.unitId())
                    + ", neither rated nor excluded with a reason: " + String.join(", ", missing);
            throw ProblemException.unprocessable(
                    "The year-end score sheet must give an outcome for every active "
                            + "member of the unit, or exclude them by name with a reason; memberOutcomes " + message,
                    List.of(new Problem.Violation("memberOutcomes", message)));
        }
    }

    @Transactional
    public ScoreSheet review(String campaignId, ReviewPeriod period, String id, ScoreSheetRequest.Review review) {
        ScoreSheet current = rules.lock(campaignId, period, id);
        ScoreSheetState next = ProblemException.orConflict(ScoreSheetTransitions.review(current.state()));
        Map<String, Criterion> criteria = rules.criteria(campaignId);
        SheetRules.checkPoints(
                criteria,
                review.entries().stream()
                        .map(ScoreSheetRequest.ReviewedEntry::criterionCode)
                        .toList(),
                review.entries().stream()
                        .map(ScoreSheetRequest.ReviewedEntry::points)
                        .toList());
        Map<String, ScoreSheetRequest.ReviewedEntry> adjusted = review.entries().stream()
                .collect(Collectors.toMap(ScoreSheetRequest.ReviewedEntry::criterionCode, Function.identity()));
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        List<ScoreEntry> reviewed = entries.findByScoreSheetId(id).stream()
                .map(e -> {
                    ScoreSheetRequest.ReviewedEntry a = adjusted.get(e.criterionCode());
                    return a == null
                            ? e.reviewed(e.selfPoints(), null)
                            : e.reviewed(a.points().setScale(2), a.note());
                })
                .toList();
        for (ScoreEntry e : reviewed) {
            total = total.add(e.reviewedPoints());
        }
        entries.updateAll(reviewed);
        return sheets.update(current.with(next, current.selfTotal(), total, current.unitTaskRating(), null, now()));
    }

    @Transactional
    public ScoreSheet approve(String campaignId, ReviewPeriod period, String id) {
        ScoreSheet current = rules.lock(campaignId, period, id);
        ScoreSheetState next = ProblemException.orConflict(ScoreSheetTransitions.approve(current.state()));
        Instant now = now();
        ScoreSheet approved = sheets.update(
                current.with(next, current.selfTotal(), current.reviewedTotal(), current.unitTaskRating(), null, now));
        outbox.publish(new ScoreSheetApproved(
                id, current.registrationId(), campaignId, current.unitId(), period, current.reviewedTotal(), now));
        return approved;
    }

    @Transactional
    public ScoreSheet giveBack(String campaignId, ReviewPeriod period, String id, String reason) {
        ScoreSheet current = rules.lock(campaignId, period, id);
        ScoreSheetState next = ProblemException.orConflict(ScoreSheetTransitions.giveBack(current.state()));
        String why = ProblemException.requireReason(reason);
        Instant now = now();
        ScoreSheet returned = sheets.update(current.with(
                next,
                current.selfTotal(),
                next == ScoreSheetState.DRAFT ? null : current.reviewedTotal(),
                current.unitTaskRating(),
                why,
                now));
        outbox.publish(new ScoreSheetReturned(
                id,
                current.registrationId(),
                campaignId,
                current.unitId(),
                period,
                ScoreSheetReturned.State.valueOf(current.state().name()),
                why,
                now));
        return returned;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
