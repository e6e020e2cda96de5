package org.thidua.notifications.preference;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.thidua.notifications.recipients.RecipientUnitRepository;
import org.thidua.security.Callers;
import org.thidua.security.Roles;
import org.thidua.web.Problem;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

/**
 * A unit's notice preferences. A unit may mute reminders (deadline approaching); mandatory notices (launches,
 * decisions, returns, rankings) always reach it (see NotificationRouting.Necessity).
 */
@Secured({Roles.ADMIN, Roles.UNIT_OFFICER})
@Controller("/api/v1/preferences/units/{unitId}")
@Tag(name = "preferences")
@ProblemAnswers
public class PreferenceController {

    private final UnitPreferences stored;
    private final Callers callers;
    private final RecipientUnitRepository units;

    PreferenceController(UnitPreferences stored, Callers callers, RecipientUnitRepository units) {
        this.stored = stored;
        this.callers = callers;
        this.units = units;
    }

    @Serdeable
    public record Preferences(boolean remindersMuted) {}

    @Get
    @Transactional(readOnly = true)
    Preferences get(String unitId) {
        callers.requireReadingFor(unitId);
        return new Preferences(stored.remindersMuted(unitId));
    }

    @Put
    @Transactional
    Preferences put(String unitId, @Body Preferences preferences) {
        callers.requireActingFor(unitId);
        if (!units.existsById(unitId)) {
            throw ProblemException.unprocessable(
                    "Unit " + unitId + " is unknown to notifications-service",
                    List.of(new Problem.Violation(
                            "unitId",
                            "is a unit unknown to notifications-service; a unit "
                                    + "registered in units-service a moment ago becomes known within seconds, so try again "
                                    + "shortly")));
        }
        stored.store(unitId, preferences.remindersMuted());
        return preferences;
    }
}
