package org.thidua.campaigns.campaign;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import org.thidua.campaigns.campaign.CampaignResponse.CriterionView;
import org.thidua.campaigns.listing.Listing;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.persistence.Where;
import org.thidua.web.PageResponse;
import org.thidua.web.ProblemException;

/** Reading a campaign whole (with its scope, periods and criteria); shared by the features that need it. */
@Singleton
public class Campaigns {

    private final CampaignRepository campaigns;
    private final CampaignScopeGroupRepository groups;
    private final CampaignPeriodRepository periods;
    private final CriterionRepository criteria;
    private final Listing listing;

    Campaigns(
            CampaignRepository campaigns,
            CampaignScopeGroupRepository groups,
            CampaignPeriodRepository periods,
            CriterionRepository criteria,
            Listing listing) {
        this.listing = listing;
        this.campaigns = campaigns;
        this.groups = groups;
        this.periods = periods;
        this.criteria = criteria;
    }

    /**
     * One page of the campaigns, newest first, of a year and in a state when given; DRAFTs only when
     * {@code withDrafts} (the office, ADR 65).
     */
    public PageResponse<Campaign> page(
            @Nullable Integer year, @Nullable CampaignState state, boolean withDrafts, int page, int size) {
        Where where = Where.of()
                .andIfPresent(year, "year = ?")
                .andIfPresent(state, "state = ?")
                .andIf(!withDrafts, "state <> ?", CampaignState.DRAFT);
        return listing.page(Campaign.class, "campaign", where, "created_at DESC, id", page, size);
    }

    public Campaign get(String id) {
        return campaigns.findById(id).orElseThrow(() -> ProblemException.notFound("Campaign", id));
    }

    /** The campaign, locked for the rest of the transaction. */
    public Campaign lock(String id) {
        return campaigns.findByIdForUpdate(id).orElseThrow(() -> ProblemException.notFound("Campaign", id));
    }

    /** The campaign, share-locked: concurrent registrations and sheets proceed, a state change waits for them. */
    public Campaign share(String id) {
        return campaigns.findShared(id).orElseThrow(() -> ProblemException.notFound("Campaign", id));
    }

    public List<String> scopeGroupIds(String campaignId) {
        return groups.findByCampaignId(campaignId).stream()
                .map(CampaignScopeGroup::groupId)
                .sorted()
                .toList();
    }

    public List<CampaignPeriod> periods(String campaignId) {
        return periods.findByCampaignIdOrderByPeriod(campaignId);
    }

    public CampaignPeriod period(String campaignId, ReviewPeriod period) {
        return periods.findByCampaignIdAndPeriod(campaignId, period)
                .orElseThrow(() -> ProblemException.notFound("Review period", period + " of campaign " + campaignId));
    }

    public CampaignPeriod lockPeriod(String campaignId, ReviewPeriod period) {
        return periods.findByCampaignIdAndPeriodForUpdate(campaignId, period)
                .orElseThrow(() -> ProblemException.notFound("Review period", period + " of campaign " + campaignId));
    }

    public CampaignPeriod sharePeriod(String campaignId, ReviewPeriod period) {
        return periods.findShared(campaignId, period.name())
                .orElseThrow(() -> ProblemException.notFound("Review period", period + " of campaign " + campaignId));
    }

    public List<Criterion> criteria(String campaignId) {
        return criteria.findByCampaignIdOrderByPosition(campaignId);
    }

    public CampaignResponse view(Campaign c) {
        return new CampaignResponse(
                c.id(),
                c.code(),
                c.title(),
                c.theme(),
                c.kind(),
                c.year(),
                c.startDate(),
                c.endDate(),
                c.registrationDeadline(),
                new CampaignResponse.Scope(c.allUnits(), c.allUnits() ? List.of() : scopeGroupIds(c.id())),
                periods(c.id()).stream()
                        .map(p -> new CampaignResponse.Period(
                                p.period(), p.endDate(), p.submissionDeadline(), p.state(), p.finalizedAt()))
                        .toList(),
                criteria(c.id()).stream().map(CriterionView::of).toList(),
                c.state(),
                c.cancelReason(),
                c.version() == null ? 0 : c.version(),
                c.createdAt(),
                c.updatedAt(),
                c.launchEventId());
    }
}
