package org.thidua.campaigns.covenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Opens a covenant for one group: its text and the shared targets every unit of the group commits to. */
@Serdeable
public record CovenantRequest(
        @NotBlank String groupId,
        @NotBlank @Size(max = 20000) String text,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull Target> targets) {

    @Serdeable
    public record Target(
            @Nullable @Size(max = 32) String code,
            @NotBlank @Size(max = 2000) String description) {}

    /** A unit signs. */
    @Serdeable
    public record Signature(@NotBlank String unitId) {}
}
