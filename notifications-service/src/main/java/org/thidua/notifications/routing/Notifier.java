package org.thidua.notifications.routing;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thidua.messaging.tracing.EventSpan;
import org.thidua.notifications.delivery.Deliveries;
import org.thidua.notifications.delivery.Deliveries.NewDelivery;
import org.thidua.notifications.inbox.Notices;
import org.thidua.notifications.inbox.Notices.NewNotice;
import org.thidua.notifications.recipients.RecipientDirectory;
import org.thidua.notifications.recipients.RecipientDirectory.Address;
import org.thidua.notifications.recipients.RecipientDirectory.Recipient;
import org.thidua.notifications.routing.Audiences.Target;
import org.thidua.notifications.routing.HeldNoticeTable.Hold;
import org.thidua.notifications.routing.NotificationRouting.Route;
import org.thidua.notifications.template.NoticeTemplates;

/**
 * The one path of a routed event to notices, in the caller's transaction: its audience ({@link Audiences}), one notice
 * per reached unit rendered in the unit's language and stored in its inbox, one email delivery per address (the
 * delivery dispatcher sends them after commit). An audience larger than {@code thidua.notifications.fanout.chunk-size}
 * units is written as chunks of targets instead, each notified in a transaction of its own by {@link FanoutWorker}, so
 * the first emails leave while the rest is being rendered. A unit not projected yet, or a group of the audience with
 * no member known yet, holds the event ({@link HeldNotices}); a unit without contacts gets its inbox item and a
 * NO_CONTACT report.
 */
@Singleton
class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final Audiences audiences;
    private final RecipientDirectory directory;
    private final CampaignDirectory campaigns;
    private final NoticeTemplates templates;
    private final Notices notices;
    private final Deliveries deliveries;
    private final FanoutChunks chunks;
    private final HeldNoticeTable held;
    private final PortalLinks links;
    private final int chunkSize;
    private final FanoutSpans spans;

    Notifier(
            Audiences audiences,
            RecipientDirectory directory,
            CampaignDirectory campaigns,
            NoticeTemplates templates,
            Notices notices,
            Deliveries deliveries,
            FanoutChunks chunks,
            HeldNoticeTable held,
            FanoutSpans spans,
            @Value("${thidua.portal.url}") String portalUrl,
            @Value("${thidua.notifications.fanout.chunk-size:250}") int chunkSize) {
        this.audiences = audiences;
        this.directory = directory;
        this.campaigns = campaigns;
        this.templates = templates;
        this.notices = notices;
        this.deliveries = deliveries;
        this.chunks = chunks;
        this.held = held;
        this.spans = spans;
        this.links = new PortalLinks(portalUrl);
        if (chunkSize < 1 || chunkSize > 10_000) {
            throw new IllegalArgumentException(
                    "thidua.notifications.fanout.chunk-size must be 1 to 10000: " + chunkSize);
        }
        this.chunkSize = chunkSize;
    }

    /** Notifies the event's whole audience; groups of it with no member known yet hold the event for later. */
    void route(RoutedEvent event) {
        for (String groupId : directory.groupsWithoutMembers(audiences.groupsOf(event))) {
            LOG.info(
                    "Group {} has no member known yet: {} ({}) kept until it has",
                    groupId,
                    event.eventId(),
                    event.eventType());
            held.keep(Hold.GROUP, groupId, event.eventId(), event.eventType(), event.data());
        }
        notify(event, null);
    }

    /** Notifies the event's audience, or only {@code onlyUnits} of it when not null. */
    void notify(RoutedEvent event, Set<String> onlyUnits) {
        List<Target> targets = audiences.targets(event).stream()
                .filter(t -> t.unitId() != null && (onlyUnits == null || onlyUnits.contains(t.unitId())))
                .toList();
        if (targets.size() > chunkSize) {
            int written = chunks.write(event.eventId(), event.eventType(), event.data(), targets, chunkSize);
            LOG.info(
                    "{} ({}) reaches {} units: written as {} chunks of {}",
                    event.eventId(),
                    event.eventType(),
                    targets.size(),
                    written,
                    chunkSize);
            return;
        }
        try (EventSpan ignored = spans.chunk(event.eventId(), 0, targets.size(), null)) { // one chunk (ADR 94)
            notifyTargets(event, targets);
        }
    }

    /**
     * Notifies the oldest due chunk of targets that no other worker holds, and deletes it, in the caller's
     * transaction; {@code claimed} learns which chunk it took before it is notified.
     * @return false when there was no chunk to take
     */
    boolean notifyNextChunk(Consumer<FanoutChunks.Chunk> claimed) {
        return chunks.claimOldest()
                .map(chunk -> {
                    claimed.accept(chunk);
                    List<Target> targets = chunk.targets();
                    try (EventSpan ignored =
                            spans.chunk(chunk.eventId(), chunk.chunk(), targets.size(), chunk.traceparent())) {
                        NotificationRouting.routeOf(chunk.eventType())
                                .ifPresent(route -> notifyTargets(
                                        RoutedEvent.of(route, chunk.eventId(), chunk.payload()), targets));
                    }
                    chunks.delete(chunk);
                    return true;
                })
                .orElse(false);
    }

    private void notifyTargets(RoutedEvent event, List<Target> targets) {
        if (targets.isEmpty()) {
            return;
        }
        Route route = event.route();
        Map<String, Recipient> known =
                directory.units(targets.stream().map(Target::unitId).toList());
        Set<String> muted = directory.mutedReminders(known.keySet());
        Map<String, Object> campaign =
                campaigns.find(event.campaignId()).orElseGet(() -> unknownCampaign(event.fields()));
        String link = links.link(route.page(), event.fields());

        List<NewNotice> toStore = new ArrayList<>();
        List<Target> reached = new ArrayList<>();
        for (Target target : targets) {
            Recipient unit = known.get(target.unitId());
            if (unit == null) {
                LOG.info(
                        "Unit {} is not projected yet: {} ({}) kept until it is",
                        target.unitId(),
                        event.eventId(),
                        event.eventType());
                held.keep(Hold.UNIT, target.unitId(), event.eventId(), event.eventType(), event.data());
                continue;
            }
            if (!unit.active() || !NotificationRouting.reaches(route, muted.contains(unit.unitId()))) {
                continue;
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("unit", Map.of("name", unit.name(), "code", unit.code()));
            model.put("event", event.fields());
            model.put("campaign", campaign);
            model.put("target", target.extras());
            model.put(
                    "link",
                    target.extras().get("page") instanceof String page ? links.link(page, target.extras()) : link);
            NoticeTemplates.Rendered rendered = templates.render(route.template(), unit.language(), model);
            toStore.add(new NewNotice(
                    unit.unitId(), unit.language(), rendered.subject(), rendered.text(), rendered.html()));
            reached.add(target);
        }
        Map<String, Long> noticeIds = notices.store(event.eventId(), route.eventType(), toStore);
        Map<String, List<Address>> contacts =
                directory.contacts(reached.stream().map(Target::unitId).toList());
        List<NewDelivery> toSend = new ArrayList<>();
        for (Target target : reached) {
            long noticeId = noticeIds.get(target.unitId());
            List<Address> addresses = new ArrayList<>(contacts.getOrDefault(target.unitId(), List.of()));
            addresses.addAll(target.members());
            if (addresses.isEmpty()) {
                LOG.warn(
                        "Unit {} has no contact: notice of {} ({}) stored in its inbox only, reported as NO_CONTACT",
                        target.unitId(),
                        event.eventId(),
                        route.eventType());
                toSend.add(new NewDelivery(event.eventId(), route.eventType(), target.unitId(), noticeId, null, null));
            }
            for (Address address : addresses) {
                toSend.add(new NewDelivery(
                        event.eventId(),
                        route.eventType(),
                        target.unitId(),
                        noticeId,
                        address.email(),
                        address.name()));
            }
        }
        deliveries.create(toSend);
    }

    /** Template variables of a campaign this service did not see launched (its title is then its id). */
    private static Map<String, Object> unknownCampaign(Map<String, Object> event) {
        Map<String, Object> campaign = new LinkedHashMap<>();
        Object title = event.containsKey("title") ? event.get("title") : event.get("campaignId");
        campaign.put("campaignId", event.get("campaignId"));
        campaign.put("title", title == null ? "" : title);
        campaign.put("code", event.get("code"));
        campaign.put("registrationDeadline", event.get("registrationDeadline"));
        return campaign;
    }
}
