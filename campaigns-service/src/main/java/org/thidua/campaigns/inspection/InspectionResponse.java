package org.thidua.campaigns.inspection;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

@Serdeable
public record InspectionResponse(
        String id,
        String registrationId,
        LocalDate inspectedOn,
        String inspector,
        String findings,
        InspectionRating rating,
        Instant recordedAt) {

    public static InspectionResponse of(Inspection i) {
        return new InspectionResponse(
                i.id(), i.registrationId(), i.inspectedOn(), i.inspector(), i.findings(), i.rating(), i.recordedAt());
    }
}
