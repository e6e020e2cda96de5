package org.thidua.campaigns.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Finalise a period. Every accepted registration needs an approved sheet, unless its unit is listed in
 * {@code excludedUnitIds}; exclusions need a {@code reason}.
 */
@Serdeable
public record FinalizeRequest(
        @Nullable @Size(max = 10000) List<@NotBlank String> excludedUnitIds,
        @Nullable @Size(max = 2000) String reason) {}
