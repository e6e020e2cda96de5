package org.thidua.campaigns.inspection;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Serdeable
public record InspectionRequest(
        @NotBlank String registrationId,
        @NotNull LocalDate inspectedOn,
        @NotBlank @Size(max = 255) String inspector,
        @NotBlank @Size(max = 20000) String findings,
        @NotNull InspectionRating rating) {}
