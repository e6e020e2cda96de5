package org.thidua.campaigns.campaign;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.thidua.campaigns.review.PeriodState;
import org.thidua.campaigns.scope.CampaignScope;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.web.Problem;
import org.thidua.web.ProblemException;

/**
 * Use case: create a campaign as a DRAFT, or replace a DRAFT's content (scope, periods, criteria). A draft is not
 * announced, so nothing is published; launching it is what units hear of.
 */
@Singleton
public class DraftingCampaign {

    private final CampaignRepository campaigns;
    private final CampaignScopeGroupRepository groups;
    private final CampaignPeriodRepository periods;
    private final CriterionRepository criteria;
    private final Campaigns reading;
    private final CampaignScope scope;
    private final Clock clock = Clock.systemUTC();

    DraftingCampaign(
            CampaignRepository campaigns,
            CampaignScopeGroupRepository groups,
            CampaignPeriodRepository periods,
            CriterionRepository criteria,
            Campaigns reading,
            CampaignScope scope) {
        this.campaigns = campaigns;
        this.groups = groups;
        this.periods = periods;
        this.criteria = criteria;
        this.reading = reading;
        this.scope = scope;
    }

    @Transactional
    public Campaign create(CampaignRequest request) {
        validate(request);
        requireKnownGroups(request);
        String code = request.code().strip();
        if (campaigns.existsByCode(code)) {
            throw ProblemException.duplicate("code", "A campaign with code " + code + " already exists");
        }
        Instant now = now();
        Campaign campaign = campaigns.save(new Campaign(
                UUID.randomUUID().toString(),
                code,
                nfc(request.title()),
                nfc(request.theme()),
                request.kind(),
                request.year(),
                request.startDate(),
                request.endDate(),
                request.registrationDeadline(),
                request.scope().allUnits(),
                CampaignState.DRAFT,
                null,
                null,
                now,
                now,
                null));
        writeParts(campaign.id(), request);
        return campaign;
    }

    @Transactional
    public Campaign replace(String id, CampaignRequest request) {
        Campaign current = reading.lock(id);
        ProblemException.orConflict(CampaignLifecycle.edit(current.state()));
        validate(request);
        requireKnownGroups(request);
        String code = request.code().strip();
        if (!code.equals(current.code()) && campaigns.existsByCode(code)) {
            throw ProblemException.duplicate("code", "A campaign with code " + code + " already exists");
        }
        Campaign campaign = campaigns.update(new Campaign(
                id,
                code,
                nfc(request.title()),
                nfc(request.theme()),
                request.kind(),
                request.year(),
                request.startDate(),
                request.endDate(),
                request.registrationDeadline(),
                request.scope().allUnits(),
                CampaignState.DRAFT,
                null,
                current.version(),
                current.createdAt(),
                now(),
                null));
        groups.deleteByCampaignId(id);
        periods.deleteByCampaignId(id);
        if (request.criteria() != null) {
            criteria.deleteByCampaignId(id);
        }
        writeParts(id, request);
        return campaign;
    }

    /** Replaces the criteria set of a DRAFT campaign. */
    @Transactional
    public Campaign replaceCriteria(String id, List<CampaignRequest.CriterionRequest> set) {
        Campaign current = reading.lock(id);
        ProblemException.orConflict(CampaignLifecycle.edit(current.state()));
        validateCriteria(set, "criteria");
        criteria.deleteByCampaignId(id);
        saveCriteria(id, set);
        return campaigns.update(current.withState(CampaignState.DRAFT, null, now()));
    }

    private void writeParts(String campaignId, CampaignRequest request) {
        if (!request.scope().allUnits()) {
            for (String groupId : new LinkedHashSet<>(request.scope().groupIds())) {
                groups.save(new CampaignScopeGroup(null, campaignId, groupId.strip()));
            }
        }
        for (CampaignRequest.PeriodRequest p : request.periods()) {
            periods.save(new CampaignPeriod(
                    null, campaignId, p.period(), p.endDate(), p.submissionDeadline(), PeriodState.OPEN, null, null));
        }
        if (request.criteria() != null) {
            saveCriteria(campaignId, request.criteria());
        }
    }

    private void saveCriteria(String campaignId, List<CampaignRequest.CriterionRequest> set) {
        List<Criterion> rows = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            CampaignRequest.CriterionRequest c = set.get(i);
            rows.add(new Criterion(
                    null,
                    campaignId,
                    i,
                    nfc(c.group()),
                    c.code().strip(),
                    nfc(c.name()),
                    c.maxPoints(),
                    c.appliesTo()));
        }
        criteria.saveAll(rows);
    }

    private static void validate(CampaignRequest request) {
        List<Problem.Violation> violations = new ArrayList<>(CampaignDatesPolicy.violations(request));
        if (request.scope().allUnits()
                && request.scope().groupIds() != null
                && !request.scope().groupIds().isEmpty()) {
            violations.add(new Problem.Violation("scope.groupIds", "must be empty when allUnits is true"));
        }
        if (!request.scope().allUnits()
                && (request.scope().groupIds() == null
                        || request.scope().groupIds().isEmpty())) {
            violations.add(new Problem.Violation("scope.groupIds", "must list at least one group unless allUnits"));
        }
        Set<ReviewPeriod> seen = new HashSet<>();
        for (int i = 0; i < request.periods().size(); i++) {
            CampaignRequest.PeriodRequest p = request.periods().get(i);
            if (!seen.add(p.period())) {
                violations.add(new Problem.Violation("periods[" + i + "].period", "appears twice"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("The campaign is not valid", violations);
        }
        if (request.criteria() != null) {
            validateCriteria(request.criteria(), "criteria");
        }
    }

    /** 422 naming each scope group campaigns-service has not heard of from units-service (ADR 21). */
    private void requireKnownGroups(CampaignRequest request) {
        if (request.scope().allUnits()) {
            return;
        }
        List<Problem.Violation> unknown = new ArrayList<>();
        List<String> groupIds = request.scope().groupIds();
        for (int i = 0; i < groupIds.size(); i++) {
            if (!scope.groupKnown(groupIds.get(i).strip())) {
                unknown.add(new Problem.Violation(
                        "scope.groupIds[" + i + "]",
                        "is a group unknown to "
                                + "campaigns-service; a group created in units-service a moment ago becomes known within "
                                + "seconds, so try again shortly"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable(
                    "The campaign's scope names groups unknown to campaigns-service", unknown);
        }
    }

    private static void validateCriteria(List<CampaignRequest.CriterionRequest> set, String field) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < set.size(); i++) {
            if (!codes.add(set.get(i).code().strip())) {
                throw ProblemException.invalidField(field + "[" + i + "].code", "appears twice");
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
