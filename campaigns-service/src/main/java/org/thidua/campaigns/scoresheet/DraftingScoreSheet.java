package org.thidua.campaigns.scoresheet;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.thidua.campaigns.campaign.Criterion;
import org.thidua.campaigns.registration.Registration;
import org.thidua.campaigns.registration.RegistrationRepository;
import org.thidua.campaigns.registration.RegistrationState;
import org.thidua.campaigns.scope.UnitMembers;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.persistence.JsonColumns;
import org.thidua.web.ProblemException;

/** Use case: a unit drafts its score sheet for a period (create, then edit while DRAFT). Publishes nothing. */
@Singleton
public class DraftingScoreSheet {

    private final SheetRules rules;
    private final ScoreSheetRepository sheets;
    private final ScoreEntryRepository entries;
    private final MemberOutcomeRepository outcomes;
    private final RegistrationRepository registrations;
    private final MemberExclusionRepository exclusions;
    private final UnitMembers members;
    private final Clock clock = Clock.systemUTC();

    DraftingScoreSheet(
            SheetRules rules,
            ScoreSheetRepository sheets,
            ScoreEntryRepository entries,
            MemberOutcomeRepository outcomes,
            RegistrationRepository registrations,
            MemberExclusionRepository exclusions,
            UnitMembers members) {
        this.exclusions = exclusions;
        this.members = members;
        this.rules = rules;
        this.sheets = sheets;
        this.entries = entries;
        this.outcomes = outcomes;
        this.registrations = registrations;
    }

    @Transactional
    public ScoreSheet create(String campaignId, ReviewPeriod period, ScoreSheetRequest request) {
        rules.openPeriod(campaignId, period);
        Registration registration = registrations
                .findById(request.registrationId())
                .filter(r -> r.campaignId().equals(campaignId))
                .orElseThrow(() ->
                        ProblemException.invalidField("registrationId", "is not a registration of this campaign"));
        if (registration.state() != RegistrationState.ACCEPTED) {
            throw ProblemException.invalidState(
                    registration.state().name(),
                    "Only an ACCEPTED registration has score sheets; this one is " + registration.state());
        }
        if (sheets.existsByRegistrationIdAndPeriod(registration.id(), period)) {
            throw ProblemException.duplicate(
                    "registrationId", "The registration already has a " + period + " score sheet");
        }
        checkMembers(period, registration.unitId(), request.memberOutcomes(), request.memberExclusions());
        Map<String, Criterion> criteria = rules.criteria(campaignId);
        SheetRules.checkPoints(
                criteria,
                request.entries().stream()
                        .map(ScoreSheetRequest.Entry::criterionCode)
                        .toList(),
                request.entries().stream().map(ScoreSheetRequest.Entry::points).toList());
        SheetRules.checkMemberScores(criteria, request.memberOutcomes());
        Instant now = now();
        ScoreSheet sheet = sheets.save(new ScoreSheet(
                UUID.randomUUID().toString(),
                registration.id(),
                campaignId,
                registration.unitId(),
                period,
                ScoreSheetState.DRAFT,
                total(request.entries()),
                null,
                request.unitTaskRating(),
                null,
                null,
                now,
                now));
        writeParts(sheet.id(), request.entries(), request.memberOutcomes(), request.memberExclusions(), false);
        return sheet;
    }

    @Transactional
    public ScoreSheet edit(String campaignId, ReviewPeriod period, String id, ScoreSheetRequest.Change change) {
        ScoreSheet current = rules.lock(campaignId, period, id);
        ProblemException.orConflict(ScoreSheetTransitions.edit(current.state()));
        checkMembers(period, current.unitId(), change.memberOutcomes(), change.memberExclusions());
        Map<String, Criterion> criteria = rules.criteria(campaignId);
        SheetRules.checkPoints(
                criteria,
                change.entries().stream()
                        .map(ScoreSheetRequest.Entry::criterionCode)
                        .toList(),
                change.entries().stream().map(ScoreSheetRequest.Entry::points).toList());
        SheetRules.checkMemberScores(criteria, change.memberOutcomes());
        ScoreSheet edited = sheets.update(current.with(
                ScoreSheetState.DRAFT,
                total(change.entries()),
                null,
                change.unitTaskRating(),
                current.returnReason(),
                now()));
        writeParts(id, change.entries(), change.memberOutcomes(), change.memberExclusions(), true);
        return edited;
    }

    private void writeParts(
            String sheetId,
            List<ScoreSheetRequest.Entry> sheetEntries,
            List<ScoreSheetRequest.Outcome> memberOutcomes,
            List<ScoreSheetRequest.Exclusion> memberExclusions,
            boolean replace) {
        if (replace) {
            entries.deleteByScoreSheetId(sheetId);
            outcomes.deleteByScoreSheetId(sheetId);
            exclusions.deleteByScoreSheetId(sheetId);
        }
        if (memberExclusions != null && !memberExclusions.isEmpty()) {
            exclusions.saveAll(memberExclusions.stream()
                    .map(x -> new MemberExclusion(
                            null,
                            sheetId,
                            x.memberId().toLowerCase(),
                            x.reason().strip()))
                    .toList());
        }
        entries.saveAll(sheetEntries.stream()
                .map(e -> new ScoreEntry(
                        null,
                        sheetId,
                        e.criterionCode(),
                        e.points().setScale(2),
                        null,
                        JsonColumns.write(e.evidence() == null ? List.of() : e.evidence()),
                        e.note(),
                        null))
                .toList());
        if (memberOutcomes != null && !memberOutcomes.isEmpty()) {
            outcomes.saveAll(memberOutcomes.stream()
                    .map(o -> new MemberOutcome(
                            null,
                            sheetId,
                            o.memberId().toLowerCase(),
                            o.taskRating(),
                            o.initiative() == null ? null : o.initiative().recognised(),
                            o.initiative() == null ? null : o.initiative().title(),
                            o.initiative() == null ? null : o.initiative().level(),
                            o.discipline(),
                            o.score() == null ? null : o.score().setScale(2)))
                    .toList());
        }
    }

    /**
     * Outcomes and exclusions only at year end, each member once, in one of the two lists (400); every member named
     * an active member of the sheet's unit (422 naming each {@code memberOutcomes[i].memberId} or
     * {@code memberExclusions[i].memberId} that is not).
     */
    private void checkMembers(
            ReviewPeriod period,
            String unitId,
            List<ScoreSheetRequest.Outcome> memberOutcomes,
            List<ScoreSheetRequest.Exclusion> memberExclusions) {
        List<String> rated = memberOutcomes == null
                ? List.of()
                : memberOutcomes.stream().map(o -> o.memberId().toLowerCase()).toList();
        List<String> excluded = memberExclusions == null
                ? List.of()
                : memberExclusions.stream().map(x -> x.memberId().toLowerCase()).toList();
        if (period != ReviewPeriod.YEAR_END && !rated.isEmpty()) {
            throw ProblemException.invalidField(
                    "memberOutcomes", "only the YEAR_END score sheet carries member " + "outcomes");
        }
        if (period != ReviewPeriod.YEAR_END && !excluded.isEmpty()) {
            throw ProblemException.invalidField("memberExclusions", "only the YEAR_END score sheet excludes members");
        }
        if (new HashSet<>(rated).size() != rated.size()) {
            throw ProblemException.invalidField("memberOutcomes", "lists a member twice");
        }
        if (new HashSet<>(excluded).size() != excluded.size()) {
            throw ProblemException.invalidField("memberExclusions", "lists a member twice");
        }
        for (int i = 0; i < excluded.size(); i++) {
            if (rated.contains(excluded.get(i))) {
                throw ProblemException.invalidField(
                        "memberExclusions[" + i + "].memberId", "also has an outcome in memberOutcomes");
            }
        }
        Map<String, List<String>> named = new LinkedHashMap<>();
        named.put("memberOutcomes", rated);
        named.put("memberExclusions", excluded);
        members.requireMembers(unitId, named);
    }

    static BigDecimal total(List<ScoreSheetRequest.Entry> entries) {
        return entries.stream()
                .map(ScoreSheetRequest.Entry::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
