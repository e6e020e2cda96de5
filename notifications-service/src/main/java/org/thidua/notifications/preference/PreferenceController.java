package org.thidua.notifications.preference;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.thidua.notifications.recipients.RecipientUnitRepository;
import org.thidua.security.Callers;
import org.thidua.security.Roles;
import org.thidua.web.Problem;
import org.thidua.web.ProblemException;
import org.thidua.web.ProblemAnswers;

/**
 * A unit's notice preferences. A unit may mute reminders (deadline approaching); mandatory notices (launches,
 * decisions, returns, rankings) always reach it (see NotificationRouting.Necessity).
 */
@Secured({Roles.ADMIN, Roles.UNIT_OFFICER})
@Controller("/api/v1/preferences/units/{unitId}")
@Tag(name = "preferences")
@ProblemAnswers
public class PreferenceController {

    private final JdbcOperations jdbc;
    private final Callers callers;
    private final RecipientUnitRepository units;

    PreferenceController(JdbcOperations jdbc, Callers callers, RecipientUnitRepository units) {
        this.jdbc = jdbc;
        this.callers = callers;
        this.units = units;
    }

    @Serdeable
    public record Preferences(boolean remindersMuted) {
    }

    @Get
    @Transactional(readOnly = true)
    Preferences get(String unitId) {
        callers.requireReadingFor(unitId);
        return jdbc.prepareStatement("SELECT reminders_muted FROM unit_preference WHERE unit_id = ?", s -> {
            s.setString(1, unitId);
            try (ResultSet rs = s.executeQuery()) {
                return new Preferences(rs.next() && rs.getBoolean(1));
            }
        });
    }

    @Put
    @Transactional
    Preferences put(String unitId, @Body Preferences preferences) {
        callers.requireActingFor(unitId);
        if (!units.existsById(unitId)) {
            throw ProblemException.unprocessable("Unit " + unitId + " is unknown to notifications-service",
                    List.of(new Problem.Violation("unitId", "is a unit unknown to notifications-service; a unit "
                            + "registered in units-service a moment ago becomes known within seconds, so try again "
                            + "shortly")));
        }
        jdbc.prepareStatement("DELETE FROM unit_preference WHERE unit_id = ?", s -> {
            s.setString(1, unitId);
            return s.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO unit_preference (unit_id, reminders_muted, updated_at) VALUES (?, ?, ?)",
                s -> {
                    s.setString(1, unitId);
                    s.setBoolean(2, preferences.remindersMuted());
                    s.setTimestamp(3, Timestamp.from(Instant.now()));
                    return s.executeUpdate();
                });
        return preferences;
    }
}
