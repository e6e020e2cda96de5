package org.thidua.awards.nomination;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An objection: who files it (bound to the token once security lands), their role, what they object to. */
@Serdeable
public record ObjectionRequest(@NotBlank @Size(max = 64) String filedBy, @NotNull Objection.Role role,
        @NotBlank @Size(max = 4000) String text) {
}
