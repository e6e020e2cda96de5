package org.thidua.awards.nomination;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The office's answer to an objection: DISMISSED or UPHELD, with the reason. Who resolves it is the token's subject.
 */
@Serdeable
public record ResolutionRequest(
        @NotNull Outcome outcome,
        @Nullable @Size(max = 1900) String resolution) {

    /** DISMISSED: the nomination stands; UPHELD: it is withdrawn. */
    public enum Outcome {
        DISMISSED,
        UPHELD
    }

    Objection.State state() {
        return outcome == Outcome.UPHELD ? Objection.State.UPHELD : Objection.State.DISMISSED;
    }
}
