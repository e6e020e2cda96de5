package org.thidua.campaigns.scoresheet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.TaskRating;
import org.thidua.persistence.JsonColumns;

@Serdeable
public record ScoreSheetResponse(
        String id,
        String registrationId,
        String campaignId,
        String unitId,
        ReviewPeriod period,
        ScoreSheetState state,
        BigDecimal selfTotal,
        @Nullable BigDecimal reviewedTotal,
        @Nullable TaskRating unitTaskRating,
        @Nullable String returnReason,
        @Nullable List<EntryView> entries,
        @Nullable List<ScoreSheetRequest.Outcome> memberOutcomes,
        @Nullable List<ScoreSheetRequest.Exclusion> memberExclusions,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    @Serdeable
    public record EntryView(
            String criterionCode,
            BigDecimal selfPoints,
            @Nullable BigDecimal reviewedPoints,
            List<String> evidence,
            @Nullable String note,
            @Nullable String reviewerNote) {}

    static ScoreSheetResponse of(
            ScoreSheet s,
            @Nullable List<ScoreEntry> entries,
            @Nullable List<MemberOutcome> outcomes,
            @Nullable List<MemberExclusion> exclusions) {
        return new ScoreSheetResponse(
                s.id(),
                s.registrationId(),
                s.campaignId(),
                s.unitId(),
                s.period(),
                s.state(),
                s.selfTotal(),
                s.reviewedTotal(),
                s.unitTaskRating(),
                s.returnReason(),
                entries == null
                        ? null
                        : entries.stream()
                                .map(e -> new EntryView(
                                        e.criterionCode(),
                                        e.selfPoints(),
                                        e.reviewedPoints(),
                                        JsonColumns.readList(e.evidence(), String.class),
                                        e.note(),
                                        e.reviewerNote()))
                                .toList(),
                outcomes == null
                        ? null
                        : outcomes.stream()
                                .map(o -> new ScoreSheetRequest.Outcome(
                                        o.memberId(),
                                        o.taskRating(),
                                        o.initiativeRecognised() == null
                                                ? null
                                                : new ScoreSheetRequest.Initiative(
                                                        o.initiativeRecognised(),
                                                        o.initiativeTitle(),
                                                        o.initiativeLevel()),
                                        o.discipline(),
                                        o.score()))
                                .toList(),
                exclusions == null
                        ? null
                        : exclusions.stream()
                                .map(x -> new ScoreSheetRequest.Exclusion(x.memberId(), x.reason()))
                                .toList(),
                s.version() == null ? 0 : s.version(),
                s.createdAt(),
                s.updatedAt());
    }
}
