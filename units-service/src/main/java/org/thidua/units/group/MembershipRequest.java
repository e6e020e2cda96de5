package org.thidua.units.group;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Units to add to a group, or (replacing) every member of it after the change. Each id is checked by
 * {@link org.thidua.units.ListElements#requireIds}, which names it {@code unitIds[i]}.
 */
@Serdeable
public record MembershipRequest(@NotNull @Size(max = 2000) List<String> unitIds) {}
