package org.thidua.campaigns.scoresheet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/** The points for one criterion: the unit's own and, once reviewed, the reviewer's beside them. */
@MappedEntity("score_entry")
public record ScoreEntry(
        @Id @GeneratedValue @Nullable Long id,
        String scoreSheetId,
        String criterionCode,
        BigDecimal selfPoints,
        @Nullable BigDecimal reviewedPoints,
        String evidence,
        @Nullable String note,
        @Nullable String reviewerNote) {

    ScoreEntry reviewed(BigDecimal points, @Nullable String reviewNote) {
        return new ScoreEntry(id, scoreSheetId, criterionCode, selfPoints, points, evidence, note, reviewNote);
    }
}
