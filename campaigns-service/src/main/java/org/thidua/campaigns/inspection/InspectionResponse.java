package org.thidua.campaigns.inspection;

import java.time.Instant;
import java.time.LocalDate;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record InspectionResponse(String id, String registrationId, LocalDate inspectedOn, String inspector,
                                 String findings, InspectionRating rating, Instant recordedAt) {

    public static InspectionResponse of(Inspection i) {
        return new InspectionResponse(i.id(), i.registrationId(), i.inspectedOn(), i.inspector(), i.findings(),
                i.rating(), i.recordedAt());
    }
}
