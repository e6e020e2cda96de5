package org.thidua.notifications.recipients;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.thidua.security.Callers;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

@Secured({Roles.ADMIN, Roles.UNIT_OFFICER})
@Controller("/api/v1/recipients")
@Tag(name = "recipients")
@ProblemAnswers
public class RecipientController {

    private final RecipientUnitRepository units;
    private final Callers callers;

    RecipientController(RecipientUnitRepository units, Callers callers) {
        this.units = units;
        this.callers = callers;
    }

    /** What this service knows of a unit (its projection of units-service's events). */
    @Get("/units/{unitId}")
    RecipientUnitResponse unit(String unitId) {
        callers.requireReadingFor(unitId);
        return units.findById(unitId)
                .map(u -> new RecipientUnitResponse(
                        u.unitId(), u.code(), u.name(), u.shortName(), u.language(), u.active(), u.updatedAt()))
                .orElseThrow(() -> ProblemException.notFound("Recipient unit", unitId));
    }

    @Serdeable
    public record RecipientUnitResponse(
            String unitId,
            String code,
            String name,
            @Nullable String shortName,
            String language,
            boolean active,
            Instant updatedAt) {}
}
