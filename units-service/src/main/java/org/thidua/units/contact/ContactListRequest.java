package org.thidua.units.contact;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A unit's whole contact list after the change; an empty list leaves the unit unreachable. Each entry is validated by
 * {@link org.thidua.units.ListElements}, which names it {@code contacts[i].field}.
 */
@Serdeable
public record ContactListRequest(@NotNull @Size(max = 100) List<ContactRequest> contacts) {}
