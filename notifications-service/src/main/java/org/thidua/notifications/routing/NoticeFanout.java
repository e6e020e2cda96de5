package org.thidua.notifications.routing;

import jakarta.inject.Singleton;
import java.util.Set;
import java.util.function.Consumer;
import org.thidua.contracts.EventTypes;
import org.thidua.contracts.Topics;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.messaging.IncomingEvent;

/**
 * Where routed events enter notifications (its handlers are registered in {@code NotificationsEventHandlers}, in the
 * consuming transaction): a campaign notice whose campaign was not launched here yet is held until it is
 * ({@link HeldNotices}); any other goes the one path routing → audience → render → store ({@link Notifier}). A launch
 * is remembered first, and releases the notices held for its campaign.
 */
@Singleton
public class NoticeFanout {

    /** The topics of campaign notices, which name their campaign (kept from its launch). */
    private static final Set<String> CAMPAIGN_TOPICS = Set.of(Topics.CAMPAIGNS, Topics.REGISTRATIONS, Topics.REVIEWS);

    private final CampaignDirectory campaigns;
    private final Notifier notifier;
    private final HeldNotices held;

    NoticeFanout(CampaignDirectory campaigns, Notifier notifier, HeldNotices held) {
        this.campaigns = campaigns;
        this.notifier = notifier;
        this.held = held;
    }

    /** A campaign was launched: remembered (notices name it), its held notices released, its scope notified. */
    public void launched(CampaignLaunched launched, IncomingEvent event) {
        campaigns.remember(launched);
        held.releaseForCampaign(launched.campaignId(), false);
        routed(event);
    }

    /** An event with a route ({@link NotificationRouting}): notified, or held until its campaign is launched here. */
    public void routed(IncomingEvent incoming) {
        NotificationRouting.routeOf(incoming.type()).ifPresent(route -> {
            RoutedEvent event = RoutedEvent.of(route, incoming.id(), incoming.data());
            String campaignId = campaignWaitedFor(event);
            if (campaignId != null) {
                held.holdForCampaign(campaignId, event);
                return;
            }
            notifier.route(event);
        });
    }

    /**
     * The campaign a campaign notice must wait for, its launch not consumed yet (it comes on another topic): the
     * notice names the campaign by its title (ADR 0035). Null when the notice can go now.
     */
    private String campaignWaitedFor(RoutedEvent event) {
        if (!CAMPAIGN_TOPICS.contains(EventTypes.topic(event.eventType()))
                || CampaignLaunched.TYPE.equals(event.eventType())) {
            return null;
        }
        String campaignId = event.campaignId();
        return campaignId != null && campaigns.find(campaignId).isEmpty() ? campaignId : null;
    }

    /** See {@link Notifier#notifyNextChunk}: the work of {@link FanoutWorker}. */
    boolean notifyNextChunk(Consumer<FanoutChunks.Chunk> claimed) {
        return notifier.notifyNextChunk(claimed);
    }
}
