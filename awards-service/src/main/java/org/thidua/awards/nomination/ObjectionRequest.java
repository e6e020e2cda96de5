package org.thidua.awards.nomination;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An objection: what is objected to, and optionally the role the caller objects in (one of its token's roles; needed
 * only when the token has several). Who files it is the token's subject (ADR 40).
 */
@Serdeable
public record ObjectionRequest(
        @Nullable Objection.Role role,
        @NotBlank @Size(max = 4000) String text) {}
