package org.thidua.notifications.routing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.thidua.contracts.awards.AwardDecided;
import org.thidua.contracts.awards.DisclosurePublished;
import org.thidua.contracts.awards.NominationApproved;
import org.thidua.contracts.awards.NominationRejected;
import org.thidua.contracts.awards.NominationWithdrawn;
import org.thidua.contracts.campaigns.CampaignCancelled;
import org.thidua.contracts.campaigns.CampaignClosed;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.campaigns.CovenantOpened;
import org.thidua.contracts.campaigns.CovenantSigned;
import org.thidua.contracts.campaigns.DeadlineApproaching;
import org.thidua.contracts.registrations.RegistrationAccepted;
import org.thidua.contracts.registrations.RegistrationReturned;
import org.thidua.contracts.registrations.ScoreSheetReturned;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;

/**
 * What event reaches whom: the one table of routes. Every notice goes to the unit's contacts by email and into the
 * unit's inbox; award decisions also reach members with an email for individual awards. Events not in the table
 * notify nobody. Plain Java: {@link NotificationRoutingTest} checks it without Micronaut.
 */
public final class NotificationRouting {

    /** Who receives a notice of the event. */
    public enum Audience {
        /** Every active unit in the campaign's scope (all units, or the units of the listed groups). */
        UNITS_IN_CAMPAIGN_SCOPE,
        /** The one unit the event names ({@code unitId}). */
        NAMED_UNIT,
        /** The units of the event's group ({@code groupId}) as projected from the groups stream. */
        GROUP_UNITS,
        /**
         * Every active unit in the scope the campaign was launched with (kept from its launch, ADR 0036); nobody when
         * this service did not see the launch.
         */
        UNITS_IN_LAUNCHED_SCOPE,
        /** The units the event lists ({@code unitIds}). */
        LISTED_UNITS,
        /** Each unit of the period's rankings, with its own rank (and units excluded, with the reason). */
        RANKED_UNITS,
        /**
         * Each unit a disclosure reaches (a nominated unit and the units sharing a group of the year with it), once,
         * with every disclosed nomination it is told of (ADR 43).
         */
        DISCLOSURE,
        /** Each unit receiving an award, and members with an email for individual awards. */
        AWARD_RECIPIENTS
    }

    /** Mandatory notices reach every unit; reminders can be muted by a unit's preference. */
    public enum Necessity {
        MANDATORY,
        REMINDER
    }

    /**
     * One row of the table. {@code template} names the files under {@code views/notices/<language>/}; {@code page} is
     * the path of the portal's page the notice links to, its {@code {field}}s filled from the event (ADR 0031); a target
     * whose extras carry a {@code page} links there instead, its fields filled from those extras (ADR 0043).
     */
    public record Route(String eventType, Audience audience, String template, String page, Necessity necessity) {}

    private static final Map<String, Route> ROUTES = table(
            //    event type                     audience                          template                portal page
            //                                       necessity
            route(
                    CampaignLaunched.TYPE,
                    Audience.UNITS_IN_CAMPAIGN_SCOPE,
                    "campaign-launched",
                    "/campaigns/{campaignId}",
                    Necessity.MANDATORY),
            route(
                    RegistrationAccepted.TYPE,
                    Audience.NAMED_UNIT,
                    "registration-accepted",
                    "/registrations/{registrationId}",
                    Necessity.MANDATORY),
            route(
                    RegistrationReturned.TYPE,
                    Audience.NAMED_UNIT,
                    "registration-returned",
                    "/registrations/{registrationId}",
                    Necessity.MANDATORY),
            route(
                    CovenantOpened.TYPE,
                    Audience.GROUP_UNITS,
                    "covenant-opened",
                    "/campaigns/{campaignId}/covenants/{covenantId}",
                    Necessity.MANDATORY),
            route(
                    CovenantSigned.TYPE,
                    Audience.LISTED_UNITS,
                    "covenant-signed",
                    "/campaigns/{campaignId}/covenants/{covenantId}",
                    Necessity.MANDATORY),
            route(
                    DeadlineApproaching.TYPE,
                    Audience.NAMED_UNIT,
                    "deadline-approaching",
                    "/campaigns/{campaignId}",
                    Necessity.REMINDER),
            route(
                    ScoreSheetReturned.TYPE,
                    Audience.NAMED_UNIT,
                    "scoresheet-returned",
                    "/score-sheets/{scoreSheetId}",
                    Necessity.MANDATORY),
            route(
                    ReviewPeriodFinalized.TYPE,
                    Audience.RANKED_UNITS,
                    "period-finalized",
                    "/campaigns/{campaignId}/rankings/{period}",
                    Necessity.MANDATORY),
            route(
                    DisclosurePublished.TYPE,
                    Audience.DISCLOSURE,
                    "nomination-disclosed",
                    "/nominations?year={year}&state=DISCLOSED",
                    Necessity.MANDATORY),
            route(
                    NominationApproved.TYPE,
                    Audience.NAMED_UNIT,
                    "nomination-approved",
                    "/nominations/{nominationId}",
                    Necessity.MANDATORY),
            route(
                    NominationRejected.TYPE,
                    Audience.NAMED_UNIT,
                    "nomination-rejected",
                    "/nominations/{nominationId}",
                    Necessity.MANDATORY),
            route(
                    NominationWithdrawn.TYPE,
                    Audience.NAMED_UNIT,
                    "nomination-withdrawn",
                    "/nominations/{nominationId}",
                    Necessity.MANDATORY),
            route(
                    CampaignCancelled.TYPE,
                    Audience.UNITS_IN_LAUNCHED_SCOPE,
                    "campaign-cancelled",
                    "/campaigns/{campaignId}",
                    Necessity.MANDATORY),
            route(
                    CampaignClosed.TYPE,
                    Audience.UNITS_IN_LAUNCHED_SCOPE,
                    "campaign-closed",
                    "/campaigns/{campaignId}",
                    Necessity.MANDATORY),
            route(
                    AwardDecided.TYPE,
                    Audience.AWARD_RECIPIENTS,
                    "award-decided",
                    "/decisions/{decisionId}",
                    Necessity.MANDATORY));

    private NotificationRouting() {}

    /** The route of {@code eventType}, or empty when the event notifies nobody. */
    public static Optional<Route> routeOf(String eventType) {
        return Optional.ofNullable(ROUTES.get(eventType));
    }

    public static Map<String, Route> routes() {
        return ROUTES;
    }

    /** Whether a unit gets the notice of {@code route}, given whether it muted reminders. */
    public static boolean reaches(Route route, boolean remindersMuted) {
        return route.necessity() == Necessity.MANDATORY || !remindersMuted;
    }

    private static Route route(String type, Audience audience, String template, String page, Necessity necessity) {
        return new Route(type, audience, template, page, necessity);
    }

    private static Map<String, Route> table(Route... routes) {
        Map<String, Route> table = new LinkedHashMap<>();
        for (Route route : routes) {
            if (table.put(route.eventType(), route) != null) {
                throw new IllegalStateException("Two routes for " + route.eventType());
            }
        }
        return Collections.unmodifiableMap(table);
    }
}
