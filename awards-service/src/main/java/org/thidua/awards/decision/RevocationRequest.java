package org.thidua.awards.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** Why an award is revoked (required: 400 naming {@code reason} without it). */
@Serdeable
public record RevocationRequest(@Nullable @Size(max = 2000) String reason) {}
