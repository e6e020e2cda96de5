package org.thidua.units.importing;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** What an import did: every row was imported, and the events that announce it were published. */
@Serdeable
public record ImportReport(
        @Schema(allowableValues = {"units", "members", "contacts", "memberships"})
        String file,

        @Schema(description = "Data rows in the file") int rows,

        @Schema(description = "Units, members, contacts or memberships created")
        int imported,

        @Schema(description = "Events written to the outbox (published right after the commit)")
        int events) {}
