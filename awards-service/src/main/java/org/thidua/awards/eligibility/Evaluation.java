package org.thidua.awards.eligibility;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** One evaluation of a finalized year-end review; {@code results}: every result with each condition (JSON). */
@MappedEntity("evaluation")
public record Evaluation(
        @Id String id,
        String campaignId,
        int year,
        LocalDate periodEndDate,
        String ruleSetId,
        String results,
        Instant evaluatedAt) {}
