package org.thidua.units.contact;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A unit's contacts; {@code reachable} is false when it has none (notices cannot reach it). */
@Serdeable
public record ContactsResponse(
        String unitId,

        @Schema(description = "false when the unit has no contact: notices cannot reach it")
        boolean reachable,

        List<ContactResponse> contacts) {}
