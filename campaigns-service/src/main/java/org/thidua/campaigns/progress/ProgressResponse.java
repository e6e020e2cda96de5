package org.thidua.campaigns.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.thidua.campaigns.campaign.CampaignState;
import org.thidua.campaigns.registration.RegistrationState;
import org.thidua.campaigns.scoresheet.ScoreSheetState;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.campaigns.DeadlineApproaching;

/**
 * The office's progress board of a campaign: one row per unit of its scope (and per unit that registered and has
 * left it since), by name, with what it has done and when it was last reminded.
 */
@Serdeable
public record ProgressResponse(String campaignId, CampaignState state, List<UnitProgress> units) {

    /** A unit's progress; an absent step (not registered, no sheet yet, never reminded) is null. */
    @Serdeable
    public record UnitProgress(
            String unitId,

            @Nullable @Schema(description = "The unit's name; null until units-service's event has arrived")
            String unitName,

            @Schema(
                    description = "The groups of the campaign (its scope, or the year's for an all-units campaign) the "
                            + "unit is in")
            List<GroupRef> groups,

            @Nullable Step registration,

            @Nullable
            @Schema(
                    description =
                            "Whether the unit signed every covenant it is party to; null when it is " + "party to none")
            Boolean covenantSigned,

            @Nullable SheetStep midYear,
            @Nullable SheetStep yearEnd,
            @Nullable Reminder lastReminder) {}

    @Serdeable
    public record GroupRef(String groupId, @Nullable String groupName) {}

    /** The unit's registration. */
    @Serdeable
    public record Step(String id, RegistrationState state) {}

    /** The unit's score sheet of a period. */
    @Serdeable
    public record SheetStep(String id, ScoreSheetState state) {}

    /** The last deadline reminder the unit was sent: by the schedule, or by the office's "remind now". */
    @Serdeable
    public record Reminder(
            Instant sentAt,
            DeadlineApproaching.Kind kind,
            @Nullable ReviewPeriod period,
            boolean byHand) {}
}
