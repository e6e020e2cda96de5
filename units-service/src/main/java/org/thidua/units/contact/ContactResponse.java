package org.thidua.units.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ContactResponse(
        String id, String email, String role, @Nullable String name) {

    static ContactResponse of(Contact contact) {
        return new ContactResponse(contact.id(), contact.email(), contact.role().name(), contact.name());
    }
}
