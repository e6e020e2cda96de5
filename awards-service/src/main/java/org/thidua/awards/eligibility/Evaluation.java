package org.thidua.awards.eligibility;

import java.time.Instant;
import java.time.LocalDate;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One evaluation of a finalized year-end review; {@code results}: every result with each condition (JSON). */
@MappedEntity("evaluation")
public record Evaluation(@Id String id, String campaignId, int year, LocalDate periodEndDate, String ruleSetId,
        String results, Instant evaluatedAt) {
}
