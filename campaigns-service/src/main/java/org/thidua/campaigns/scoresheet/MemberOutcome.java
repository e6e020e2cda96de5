package org.thidua.campaigns.scoresheet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.Discipline;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.InitiativeLevel;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.TaskRating;

/** A member's year-end outcome, carried by the unit's year-end score sheet; {@code score} where the unit gives one. */
@MappedEntity("member_outcome")
public record MemberOutcome(
        @Id @GeneratedValue @Nullable Long id,
        String scoreSheetId,
        String memberId,
        TaskRating taskRating,
        @Nullable Boolean initiativeRecognised,
        @Nullable String initiativeTitle,
        @Nullable InitiativeLevel initiativeLevel,
        Discipline discipline,
        @Nullable BigDecimal score) {}
