package org.thidua.campaigns.scoresheet;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.thidua.campaigns.listing.Listing;
import org.thidua.campaigns.scope.CampaignScope;
import org.thidua.campaigns.scope.UnitReads;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.persistence.Where;

/**
 * Reading score sheets, by their campaign's path or without it (ADR 23): one sheet with its entries, outcomes and
 * exclusions (403 outside the caller's units, ADR 65), or a list filtered by campaign, period, state, unit and group,
 * always within the units the caller reads.
 */
@Singleton
class ReadingScoreSheets {

    private final ScoreEntryRepository entries;
    private final MemberOutcomeRepository outcomes;
    private final MemberExclusionRepository exclusions;
    private final UnitReads reads;
    private final CampaignScope scope;
    private final Listing listing;

    ReadingScoreSheets(
            ScoreEntryRepository entries,
            MemberOutcomeRepository outcomes,
            MemberExclusionRepository exclusions,
            UnitReads reads,
            CampaignScope scope,
            Listing listing) {
        this.entries = entries;
        this.outcomes = outcomes;
        this.exclusions = exclusions;
        this.reads = reads;
        this.scope = scope;
        this.listing = listing;
    }

    /** The filters of a list; absent ones (null) leave the list as it is. */
    record Filter(
            @Nullable String campaignId,
            @Nullable ReviewPeriod period,
            @Nullable ScoreSheetState state,
            @Nullable String unitId,
            @Nullable String groupId) {}

    /** 403 unless the caller reads the sheet's unit; the sheet whole. */
    ScoreSheetResponse readable(ScoreSheet sheet) {
        reads.requireReadable(sheet.unitId());
        return ScoreSheetResponse.of(
                sheet,
                entries.findByScoreSheetId(sheet.id()),
                outcomes.findByScoreSheetId(sheet.id()),
                exclusions.findByScoreSheetId(sheet.id()));
    }

    /**
     * The sheets matching {@code filter} among the units the caller reads, oldest first: a unit or group the caller
     * does not read narrows the list to nothing of it, as any filter does (ADR 65), rather than refusing.
     */
    List<ScoreSheetResponse> list(Filter filter, int page, int size) {
        UnitReads.Readable readable = reads.readable();
        Set<String> units = readable.everyUnit() ? null : new HashSet<>(readable.unitIds());
        if (filter.unitId() != null) {
            units = narrow(units, Set.of(filter.unitId().strip().toLowerCase()));
        }
        if (filter.groupId() != null) {
            String group = filter.groupId().strip().toLowerCase();
            units = narrow(units, scope.members(List.of(group)).getOrDefault(group, List.of()));
        }
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        Where where = Where.of()
                .andIfPresent(filter.campaignId(), "campaign_id = ?")
                .andIfPresent(filter.period(), "period = ?")
                .andIfPresent(filter.state(), "state = ?");
        if (units != null) {
            where.andIn("unit_id", units);
        }
        return listing.list(ScoreSheet.class, "score_sheet", where, "created_at, id", page, size).stream()
                .map(s -> ScoreSheetResponse.of(s, null, null, null))
                .toList();
    }

    private static Set<String> narrow(@Nullable Set<String> units, Collection<String> to) {
        Set<String> narrowed = new HashSet<>(to);
        if (units != null) {
            narrowed.retainAll(units);
        }
        return narrowed;
    }
}
