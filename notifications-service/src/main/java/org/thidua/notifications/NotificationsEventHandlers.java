package org.thidua.notifications;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;
import org.thidua.contracts.Topics;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.contracts.groups.GroupLeadershipAssigned;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.contracts.registrations.RegistrationSubmitted;
import org.thidua.contracts.registrations.ScoreSheetSubmitted;
import org.thidua.contracts.units.ContactChanged;
import org.thidua.contracts.units.MemberJoined;
import org.thidua.contracts.units.MemberLeft;
import org.thidua.contracts.units.MemberUpdated;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.contracts.units.UnitUpdated;
import org.thidua.messaging.TypedHandlers;
import org.thidua.notifications.recipients.RecipientProjection;
import org.thidua.notifications.routing.NoticeFanout;
import org.thidua.notifications.routing.NotificationRouting;
import org.thidua.notifications.routing.SubmissionDigests;

/**
 * The events notifications-service consumes, per type (ADR 99), for its one listener
 * ({@link NotificationsEventsListener}): units and groups keep the recipients projection; campaigns, registrations,
 * reviews and awards become notices along their route ({@link NotificationRouting}) and submissions go to the
 * digests. Types with no handler (a campaign started, a nomination proposed…) notify nobody and are ignored.
 */
@Factory
class NotificationsEventHandlers {

    /** The topics whose events become notices. */
    static final List<String> NOTICE_TOPICS =
            List.of(Topics.CAMPAIGNS, Topics.REGISTRATIONS, Topics.REVIEWS, Topics.AWARDS);

    @Singleton
    TypedHandlers recipients(RecipientProjection recipients) {
        return TypedHandlers.consumer("notifications.recipients", Topics.UNITS, Topics.GROUPS)
                .on(UnitRegistered.TYPE, UnitRegistered.class, recipients::registered)
                .on(UnitUpdated.TYPE, UnitUpdated.class, recipients::updated)
                .on(UnitDeactivated.TYPE, UnitDeactivated.class, recipients::deactivated)
                .on(ContactChanged.TYPE, ContactChanged.class, recipients::contacts)
                .on(MemberJoined.TYPE, MemberJoined.class, recipients::joined)
                .on(MemberUpdated.TYPE, MemberUpdated.class, recipients::updated)
                .on(MemberLeft.TYPE, MemberLeft.class, recipients::left)
                .on(GroupCreated.TYPE, GroupCreated.class, recipients::group)
                .on(GroupMembershipChanged.TYPE, GroupMembershipChanged.class, recipients::membership)
                .on(GroupLeadershipAssigned.TYPE, GroupLeadershipAssigned.class, recipients::leadership);
    }

    @Singleton
    TypedHandlers routing(NoticeFanout fanout, SubmissionDigests digests) {
        return TypedHandlers.consumer("notifications.routing", NOTICE_TOPICS.toArray(String[]::new))
                .on(CampaignLaunched.TYPE, CampaignLaunched.class, fanout::launched)
                .on(RegistrationSubmitted.TYPE, RegistrationSubmitted.class, digests::registrationSubmitted)
                .on(ScoreSheetSubmitted.TYPE, ScoreSheetSubmitted.class, digests::scoreSheetSubmitted)
                .onEach(
                        NotificationRouting.routes().keySet().stream()
                                .filter(type -> !CampaignLaunched.TYPE.equals(type))
                                .toList(),
                        fanout::routed);
    }
}
