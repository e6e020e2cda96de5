package org.thidua.campaigns.progress;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.thidua.campaigns.reminder.SendingReminders;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;

/** The emulation office follows a campaign unit by unit and reminds the units that are late (ADR 25). */
@Secured(Roles.ADMIN)
@Controller("/api/v1/campaigns/{campaignId}")
@Tag(name = "progress")
@ProblemAnswers
public class ProgressController {

    private final ProgressBoard board;
    private final SendingReminders reminders;
    private final ZoneId zone;

    ProgressController(
            ProgressBoard board,
            SendingReminders reminders,
            @Value("${thidua.campaigns.zone:Asia/Ho_Chi_Minh}") String zone) {
        this.board = board;
        this.reminders = reminders;
        this.zone = ZoneId.of(zone);
    }

    /** Per unit of the scope: registered (state), covenant signed, mid-year and year-end sheet, last reminded. */
    @Get("/progress")
    ProgressResponse progress(String campaignId) {
        return board.read(campaignId);
    }

    /**
     * "Remind now": the units that have not yet done the step due are sent its deadline reminder at once (one
     * {@code deadline.approaching} each); 409 unless the campaign is LAUNCHED or IN_PROGRESS.
     */
    @Post("/reminders")
    Reminded remind(String campaignId) {
        List<String> units = reminders.remindNow(campaignId, LocalDate.now(zone));
        return new Reminded(units.size(), units);
    }

    /** How many units were reminded, and which. */
    @Serdeable
    public record Reminded(int reminded, List<String> unitIds) {}
}
