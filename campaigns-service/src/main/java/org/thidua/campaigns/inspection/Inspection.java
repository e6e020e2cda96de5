package org.thidua.campaigns.inspection;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** An inspection (kiểm tra, giám sát) of a registration: when, by whom, what was found, and the rating. */
@MappedEntity("inspection")
public record Inspection(
        @Id String id,
        String campaignId,
        String registrationId,
        LocalDate inspectedOn,
        String inspector,
        String findings,
        InspectionRating rating,
        Instant recordedAt) {}
