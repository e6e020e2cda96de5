package org.thidua.contracts.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.thidua.contracts.Event;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.Topics;

/** A campaign (phong trào thi đua) was launched: registration is open for the units in its scope. */
public record CampaignLaunched(
        String campaignId,
        String code,
        String title,
        String theme,
        Kind kind,
        int year,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate registrationDeadline,
        List<Period> periods,
        Scope scope,
        Instant occurredAt)
        implements Event {

    public static final String TYPE = "thidua.campaign.launched.v1";

    /** A regular campaign runs the whole year; a thematic one (chuyên đề) pursues one theme for a while. */
    public enum Kind {
        REGULAR,
        THEMATIC
    }

    /** A review period of the campaign: when it ends and by when units submit their score sheets. */
    public record Period(ReviewPeriod period, LocalDate endDate, LocalDate scoreSheetDeadline) {}

    /** Who takes part: every active unit, or the units of the listed groups (blocks or clusters) in the year. */
    public record Scope(boolean allUnits, List<String> groupIds) {}

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.CAMPAIGNS;
    }

    @Override
    public String subject() {
        return campaignId;
    }
}
