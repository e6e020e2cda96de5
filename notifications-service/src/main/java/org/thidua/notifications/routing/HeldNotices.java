package org.thidua.notifications.routing;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thidua.notifications.delivery.Deliveries;
import org.thidua.notifications.delivery.Deliveries.NewDelivery;
import org.thidua.notifications.recipients.RecipientChanged;
import org.thidua.notifications.recipients.RecipientDirectory;
import org.thidua.notifications.recipients.RecipientDirectory.Address;
import org.thidua.notifications.routing.HeldNoticeTable.Held;
import org.thidua.notifications.routing.HeldNoticeTable.Hold;

/**
 * Events held for what notifications does not know yet ({@link HeldNoticeTable}) go out once it does: notices for a
 * unit when the unit is projected, events for a group to its members when it has some, campaign notices when the
 * campaign's launch is consumed (or, after {@code thidua.notifications.campaign-wait}, naming it as well as they
 * can); NO_CONTACT reports are readdressed when their unit gets contacts. It happens when the projection changes
 * ({@link RecipientChanged}) or the launch arrives, and, as the safety net for races between streams, in a sweep
 * every {@code thidua.notifications.pending-sweep}.
 */
@Singleton
class HeldNotices {

    private static final Logger LOG = LoggerFactory.getLogger(HeldNotices.class);

    private final HeldNoticeTable held;
    private final Notifier notifier;
    private final RecipientDirectory directory;
    private final Deliveries deliveries;
    private final Duration campaignWait;

    HeldNotices(
            HeldNoticeTable held,
            Notifier notifier,
            RecipientDirectory directory,
            Deliveries deliveries,
            @Value("${thidua.notifications.campaign-wait:10m}") Duration campaignWait) {
        this.held = held;
        this.notifier = notifier;
        this.directory = directory;
        this.deliveries = deliveries;
        this.campaignWait = campaignWait;
    }

    /** Holds a campaign notice until the campaign's launch is consumed (ADR 0035: a notice names its campaign). */
    void holdForCampaign(String campaignId, RoutedEvent event) {
        LOG.info(
                "Campaign {} not launched here yet: {} ({}) kept until it is",
                campaignId,
                event.eventId(),
                event.eventType());
        held.keep(Hold.CAMPAIGN, campaignId, event.eventId(), event.eventType(), event.data());
    }

    /**
     * Notifies the notices held for a campaign: when its launch arrives, or ({@code overdue}) those held longer than
     * {@code thidua.notifications.campaign-wait}, which then name the campaign as well as they can.
     */
    void releaseForCampaign(String campaignId, boolean overdue) {
        for (Held event :
                held.heldFor(Hold.CAMPAIGN, campaignId, overdue ? Instant.now().minus(campaignWait) : null)) {
            NotificationRouting.routeOf(event.eventType())
                    .ifPresent(route -> notifier.route(RoutedEvent.of(route, event.eventId(), event.data())));
            held.release(Hold.CAMPAIGN, campaignId, event.eventId());
        }
    }

    /** Notices held for a unit that was not projected yet go out once it is; NO_CONTACT reports get its contacts. */
    @EventListener
    void onRecipientChanged(RecipientChanged changed) {
        String unitId = changed.unitId();
        if (directory.units(List.of(unitId)).containsKey(unitId)) {
            for (Held event : held.heldFor(Hold.UNIT, unitId, null)) {
                NotificationRouting.routeOf(event.eventType())
                        .ifPresent(route ->
                                notifier.notify(RoutedEvent.of(route, event.eventId(), event.data()), Set.of(unitId)));
                held.release(Hold.UNIT, unitId, event.eventId());
            }
        }
        List<Address> contacts = directory.contacts(List.of(unitId)).getOrDefault(unitId, List.of());
        if (!contacts.isEmpty()) {
            List<NewDelivery> readdressed = new ArrayList<>();
            for (Deliveries.Delivery report : deliveries.noContact(unitId)) {
                for (Address contact : contacts) {
                    readdressed.add(new NewDelivery(
                            report.eventId(),
                            report.eventType(),
                            unitId,
                            report.noticeId(),
                            contact.email(),
                            contact.name()));
                }
                deliveries.markReaddressed(report.id());
            }
            deliveries.create(readdressed);
        }
    }

    /**
     * The safety net for races between streams: a routed event and its unit's projection (or contacts) committing at
     * the same moment each miss the other. Every few seconds, notices held for units that are now known go out,
     * NO_CONTACT reports of units that now have contacts are readdressed, events held for groups that now have
     * members go to those members, and campaign notices go out once their launch is known or they waited too long.
     */
    @Scheduled(
            fixedDelay = "${thidua.notifications.pending-sweep:5s}",
            initialDelay = "${thidua.notifications.pending-sweep:5s}")
    @Transactional
    void sweep() {
        List<String> units = new ArrayList<>(held.unitsNowKnown());
        for (String unitId : held.unitsNowWithContacts()) {
            if (!units.contains(unitId)) {
                units.add(unitId);
            }
        }
        units.forEach(unitId -> onRecipientChanged(new RecipientChanged(unitId)));
        held.groupsNowWithMembers().forEach(this::releaseGroup);
        held.campaignsNowLaunched().forEach(campaignId -> releaseForCampaign(campaignId, false));
        for (String campaignId : held.campaignsHeldSince(Instant.now().minus(campaignWait))) {
            LOG.warn(
                    "Campaign {} still not launched here after {}: its kept notices go out naming it by id",
                    campaignId,
                    campaignWait);
            releaseForCampaign(campaignId, true);
        }
    }

    /** Events held for a group that now has members: notified to those members (the others had theirs). */
    private void releaseGroup(String groupId) {
        Set<String> members = Set.copyOf(directory.unitIdsOfGroups(List.of(groupId)));
        for (Held event : held.heldFor(Hold.GROUP, groupId, null)) {
            LOG.info(
                    "Group {} has members now: {} ({}) goes to its {} units",
                    groupId,
                    event.eventId(),
                    event.eventType(),
                    members.size());
            NotificationRouting.routeOf(event.eventType())
                    .ifPresent(route -> notifier.notify(RoutedEvent.of(route, event.eventId(), event.data()), members));
            held.release(Hold.GROUP, groupId, event.eventId());
        }
    }
}
