package org.thidua.campaigns.registration;

import jakarta.inject.Singleton;
import org.thidua.campaigns.inspection.InspectionRepository;
import org.thidua.campaigns.inspection.InspectionResponse;
import org.thidua.campaigns.scope.UnitReads;

/** Reading one registration, by its campaign's path or by its id alone: the same rule and the same answer. */
@Singleton
class ReadingRegistration {

    private final InspectionRepository inspections;
    private final UnitReads reads;

    ReadingRegistration(InspectionRepository inspections, UnitReads reads) {
        this.inspections = inspections;
        this.reads = reads;
    }

    /** 403 unless the caller reads the registration's unit (ADR 65); the registration with its inspections. */
    RegistrationResponse readable(Registration registration) {
        reads.requireReadable(registration.unitId());
        return RegistrationResponse.of(
                registration,
                inspections.findByRegistrationIdOrderByInspectedOn(registration.id()).stream()
                        .map(InspectionResponse::of)
                        .toList());
    }
}
