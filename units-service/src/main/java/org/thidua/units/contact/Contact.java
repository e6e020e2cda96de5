package org.thidua.units.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.thidua.contracts.units.ContactChanged;

/** An address notices for a unit go to, with why it is addressed. */
@MappedEntity("contact")
public record Contact(
        @Id String id,
        String unitId,
        String email,
        ContactChanged.Role role,
        @Nullable String name,
        Instant createdAt) {

    /** Two contacts are the same when address (case-insensitively) and role are. */
    public String identity() {
        return ContactListPolicy.identity(email, role);
    }

    public Contact named(String newName) {
        return new Contact(id, unitId, email, role, newName, createdAt);
    }
}
