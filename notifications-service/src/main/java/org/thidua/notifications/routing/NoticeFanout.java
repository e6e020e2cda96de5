package org.thidua.notifications.routing;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.messaging.EventHandler;
import org.thidua.messaging.IncomingEvent;
import org.thidua.messaging.tracing.EventSpan;
import org.thidua.notifications.delivery.Deliveries;
import org.thidua.notifications.delivery.Deliveries.NewDelivery;
import org.thidua.notifications.inbox.Notices;
import org.thidua.notifications.inbox.Notices.NewNotice;
import org.thidua.notifications.recipients.RecipientChanged;
import org.thidua.notifications.recipients.RecipientDirectory;
import org.thidua.notifications.recipients.RecipientDirectory.Address;
import org.thidua.notifications.recipients.RecipientDirectory.Recipient;
import org.thidua.notifications.routing.Audiences.Target;
import org.thidua.notifications.routing.NotificationRouting.Route;
import org.thidua.notifications.template.NoticeTemplates;

/**
 * Turns a routed event into one notice per reached unit (its inbox item) and one email delivery per address, in the
 * consuming transaction; the delivery dispatcher sends them after commit. An audience larger than
 * {@code thidua.notifications.fanout.chunk-size} units is written as chunks of targets instead, each notified in a
 * transaction of its own by {@link FanoutWorker}, so the first emails leave while the rest is being rendered. A unit
 * not projected yet is kept in {@code pending_notice} and notified when it arrives; a group of the audience with no
 * member known yet keeps the event in {@code pending_group_notice} until its members arrive; a unit without contacts
 * gets its inbox item and a NO_CONTACT report, readdressed when it gets contacts.
 */
@Singleton
public class NoticeFanout implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeFanout.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The topics of campaign notices, which name their campaign (kept from its launch). */
    private static final Set<String> CAMPAIGN_TOPICS = Set.of(org.thidua.contracts.Topics.CAMPAIGNS,
            org.thidua.contracts.Topics.REGISTRATIONS, org.thidua.contracts.Topics.REVIEWS);

    private final Audiences audiences;
    private final RecipientDirectory directory;
    private final CampaignDirectory campaigns;
    private final NoticeTemplates templates;
    private final Notices notices;
    private final Deliveries deliveries;
    private final JdbcOperations jdbc;
    @Inject
    FanoutSpans spans; // ADR 0094
    private final FanoutChunks chunks;
    private final PortalLinks links;
    private final SubmissionDigests digests;
    private final int chunkSize;
    private final java.time.Duration campaignWait;

    NoticeFanout(Audiences audiences, RecipientDirectory directory, CampaignDirectory campaigns,
                 NoticeTemplates templates, Notices notices, Deliveries deliveries, JdbcOperations jdbc,
                 FanoutChunks chunks, SubmissionDigests digests,
                 @Value("${thidua.portal.url}") String portalUrl,
                 @Value("${thidua.notifications.fanout.chunk-size:250}") int chunkSize,
                 @Value("${thidua.notifications.campaign-wait:10m}") java.time.Duration campaignWait) {
        this.audiences = audiences;
        this.directory = directory;
        this.campaigns = campaigns;
        this.templates = templates;
        this.notices = notices;
        this.deliveries = deliveries;
        this.jdbc = jdbc;
        this.chunks = chunks;
        this.digests = digests;
        this.links = new PortalLinks(portalUrl);
        if (chunkSize < 1 || chunkSize > 10_000) {
            throw new IllegalArgumentException("thidua.notifications.fanout.chunk-size must be 1 to 10000: " + chunkSize);
        }
        this.chunkSize = chunkSize;
        this.campaignWait = campaignWait;
    }

    @Override
    public String consumerName() {
        return "notifications.routing";
    }

    @Override
    public void handle(IncomingEvent event) {
        if (CampaignLaunched.TYPE.equals(event.type())) {
            CampaignLaunched launched = event.data(CampaignLaunched.class);
            campaigns.remember(launched);
            releaseForCampaign(launched.campaignId(), false);
        }
        digests.record(event);
        NotificationRouting.routeOf(event.type()).ifPresent(route -> {
            String campaignId = campaignWaitedFor(route, event.data());
            if (campaignId != null) {
                LOG.info("Campaign {} not launched here yet: {} ({}) kept until it is", campaignId, event.id(),
                        route.eventType());
                keep("pending_campaign_notice", "campaign_id", campaignId, event.id(), route.eventType(), event.data());
                return;
            }
            route(route, event.id(), event.data());
        });
    }

    private void route(Route route, String eventId, byte[] data) {
        for (String groupId : directory.groupsWithoutMembers(audiences.groupsOf(route, data))) {
            keepPendingForGroup(eventId, route.eventType(), groupId, data);
        }
        notify(route, eventId, data, null);
    }

    /**
     * The campaign a campaign notice must wait for, its launch not consumed yet (it comes on another topic): the
     * notice names the campaign by its title (ADR 0035). Null when the notice can go now.
     */
    private String campaignWaitedFor(Route route, byte[] data) {
        if (!CAMPAIGN_TOPICS.contains(org.thidua.contracts.EventTypes.topic(route.eventType()))
                || CampaignLaunched.TYPE.equals(route.eventType())) {
            return null;
        }
        Object campaignId = asMap(data).get("campaignId");
        return campaignId instanceof String id && campaigns.find(id).isEmpty() ? id : null;
    }

    /**
     * Notifies the notices kept for a campaign: when its launch arrives, or ({@code overdue}) those kept longer than
     * {@code thidua.notifications.campaign-wait}, which then name the campaign as well as they can.
     */
    private void releaseForCampaign(String campaignId, boolean overdue) {
        List<PendingNotice> kept = jdbc.prepareStatement("SELECT event_id, event_type, payload"
                + " FROM pending_campaign_notice WHERE campaign_id = ?" + (overdue ? " AND created_at < ?" : "")
                + " ORDER BY created_at", s -> {
            s.setString(1, campaignId);
            if (overdue) {
                s.setTimestamp(2, Timestamp.from(Instant.now().minus(campaignWait)));
            }
            return pendingNotices(s);
        });
        for (PendingNotice pending : kept) {
            NotificationRouting.routeOf(pending.eventType()).ifPresent(route -> route(route, pending.eventId(),
                    pending.payload().getBytes(StandardCharsets.UTF_8)));
            jdbc.prepareStatement("DELETE FROM pending_campaign_notice WHERE event_id = ? AND campaign_id = ?", s -> {
                s.setString(1, pending.eventId());
                s.setString(2, campaignId);
                return s.executeUpdate();
            });
        }
    }

    /** Notices kept for a unit that was not projected yet go out once it is; NO_CONTACT reports get its contacts. */
    @EventListener
    void onRecipientChanged(RecipientChanged changed) {
        String unitId = changed.unitId();
        if (directory.units(List.of(unitId)).containsKey(unitId)) {
            for (PendingNotice pending : pending(unitId)) {
                NotificationRouting.routeOf(pending.eventType()).ifPresent(route -> notify(route, pending.eventId(),
                        pending.payload().getBytes(StandardCharsets.UTF_8), Set.of(unitId)));
                jdbc.prepareStatement("DELETE FROM pending_notice WHERE event_id = ? AND unit_id = ?", s -> {
                    s.setString(1, pending.eventId());
                    s.setString(2, unitId);
                    return s.executeUpdate();
                });
            }
        }
        List<Address> contacts = directory.contacts(List.of(unitId)).getOrDefault(unitId, List.of());
        if (!contacts.isEmpty()) {
            List<NewDelivery> readdressed = new ArrayList<>();
            for (Deliveries.Delivery report : deliveries.noContact(unitId)) {
                for (Address contact : contacts) {
                    readdressed.add(new NewDelivery(report.eventId(), report.eventType(), unitId, report.noticeId(),
                            contact.email(), contact.name()));
                }
                deliveries.markReaddressed(report.id());
            }
            deliveries.create(readdressed);
        }
    }

    /**
     * The safety net for races between streams: a routed event and its unit's projection (or contacts) committing at
     * the same moment each miss the other. Every few seconds, notices kept for units that are now known go out,
     * NO_CONTACT reports of units that now have contacts are readdressed, and events kept for groups that now have
     * members go to those members.
     */
    @io.micronaut.scheduling.annotation.Scheduled(fixedDelay = "${thidua.notifications.pending-sweep:5s}",
            initialDelay = "5s")
    @io.micronaut.transaction.annotation.Transactional
    void releaseKnown() {
        List<String> units = new ArrayList<>(ids("SELECT DISTINCT p.unit_id FROM pending_notice p"
                + " JOIN recipient_unit u ON u.unit_id = p.unit_id"));
        for (String unitId : ids("SELECT DISTINCT d.unit_id FROM delivery d JOIN recipient_contact c"
                + " ON c.unit_id = d.unit_id WHERE d.state = 'NO_CONTACT'")) {
            if (!units.contains(unitId)) {
                units.add(unitId);
            }
        }
        units.forEach(unitId -> onRecipientChanged(new RecipientChanged(unitId)));
        for (String groupId : ids("SELECT DISTINCT p.group_id FROM pending_group_notice p"
                + " JOIN recipient_group_member m ON m.group_id = p.group_id")) {
            releaseGroup(groupId);
        }
        for (String campaignId : ids("SELECT DISTINCT p.campaign_id FROM pending_campaign_notice p"
                + " JOIN notice_campaign c ON c.campaign_id = p.campaign_id")) {
            releaseForCampaign(campaignId, false);
        }
        Timestamp waitedLongEnough = Timestamp.from(Instant.now().minus(campaignWait));
        for (String campaignId : jdbc.prepareStatement("SELECT DISTINCT campaign_id FROM pending_campaign_notice"
                + " WHERE created_at < ?", s -> {
                    s.setTimestamp(1, waitedLongEnough);
                    List<String> ids = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getString(1));
                        }
                    }
                    return ids;
                })) {
            LOG.warn("Campaign {} still not launched here after {}: its kept notices go out naming it by id",
                    campaignId, campaignWait);
            releaseForCampaign(campaignId, true);
        }
    }

    /** Events kept for a group that now has members: notified to those members (the others had theirs). */
    private void releaseGroup(String groupId) {
        Set<String> members = Set.copyOf(directory.unitIdsOfGroups(List.of(groupId)));
        List<PendingNotice> kept = jdbc.prepareStatement("SELECT event_id, event_type, payload FROM pending_group_notice"
                + " WHERE group_id = ? ORDER BY created_at", s -> {
            s.setString(1, groupId);
            return pendingNotices(s);
        });
        for (PendingNotice pending : kept) {
            LOG.info("Group {} has members now: {} ({}) goes to its {} units", groupId, pending.eventId(),
                    pending.eventType(), members.size());
            NotificationRouting.routeOf(pending.eventType()).ifPresent(route -> notify(route, pending.eventId(),
                    pending.payload().getBytes(StandardCharsets.UTF_8), members));
            jdbc.prepareStatement("DELETE FROM pending_group_notice WHERE event_id = ? AND group_id = ?", s -> {
                s.setString(1, pending.eventId());
                s.setString(2, groupId);
                return s.executeUpdate();
            });
        }
    }

    private List<String> ids(String sql) {
        return jdbc.prepareStatement(sql, s -> {
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    private void notify(Route route, String eventId, byte[] data, Set<String> onlyUnits) {
        Map<String, Object> event = asMap(data);
        List<Target> targets = audiences.targets(route, data, event).stream()
                .filter(t -> t.unitId() != null && (onlyUnits == null || onlyUnits.contains(t.unitId())))
                .toList();
        if (targets.size() > chunkSize) {
            int written = chunks.write(eventId, route.eventType(), data, targets, chunkSize);
            LOG.info("{} ({}) reaches {} units: written as {} chunks of {}", eventId, route.eventType(),
                    targets.size(), written, chunkSize);
            return;
        }
        try (EventSpan ignored = spans.chunk(eventId, 0, targets.size(), null)) { // one chunk, in the consumer's span
            notifyTargets(route, eventId, data, event, targets);
        }
    }

    /**
     * Notifies the oldest due chunk of targets that no other worker holds, and deletes it, in the caller's
     * transaction; {@code claimed} learns which chunk it took before it is notified.
     * @return false when there was no chunk to take
     */
    boolean notifyNextChunk(java.util.function.Consumer<FanoutChunks.Chunk> claimed) {
        return chunks.claimOldest().map(chunk -> {
            claimed.accept(chunk);
            List<Target> targets = chunk.targets();
            try (EventSpan ignored = spans.chunk(chunk.eventId(), chunk.chunk(), targets.size(), chunk.traceparent())) {
                NotificationRouting.routeOf(chunk.eventType()).ifPresent(route -> notifyTargets(route, chunk.eventId(),
                        chunk.payload(), asMap(chunk.payload()), targets));
            }
            chunks.delete(chunk);
            return true;
        }).orElse(false);
    }

    private void notifyTargets(Route route, String eventId, byte[] data, Map<String, Object> event,
                               List<Target> targets) {
        if (targets.isEmpty()) {
            return;
        }
        Map<String, Recipient> known = directory.units(targets.stream().map(Target::unitId).toList());
        Set<String> muted = directory.mutedReminders(known.keySet());
        Map<String, Object> campaign = campaigns.find((String) event.get("campaignId"))
                .orElseGet(() -> unknownCampaign(event));
        String link = links.link(route.page(), event);

        List<NewNotice> toStore = new ArrayList<>();
        List<Target> reached = new ArrayList<>();
        for (Target target : targets) {
            Recipient unit = known.get(target.unitId());
            if (unit == null) {
                keepPending(eventId, route.eventType(), target.unitId(), data);
                continue;
            }
            if (!unit.active() || !NotificationRouting.reaches(route, muted.contains(unit.unitId()))) {
                continue;
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("unit", Map.of("name", unit.name(), "code", unit.code()));
            model.put("event", event);
            model.put("campaign", campaign);
            model.put("target", target.extras());
            model.put("link", target.extras().get("page") instanceof String page
                    ? links.link(page, target.extras()) : link);
            NoticeTemplates.Rendered rendered = templates.render(route.template(), unit.language(), model);
            toStore.add(new NewNotice(unit.unitId(), unit.language(), rendered.subject(), rendered.text(),
                    rendered.html()));
            reached.add(target);
        }
        Map<String, Long> noticeIds = notices.store(eventId, route.eventType(), toStore);
        Map<String, List<Address>> contacts = directory.contacts(reached.stream().map(Target::unitId).toList());
        List<NewDelivery> toSend = new ArrayList<>();
        for (Target target : reached) {
            long noticeId = noticeIds.get(target.unitId());
            List<Address> addresses = new ArrayList<>(contacts.getOrDefault(target.unitId(), List.of()));
            addresses.addAll(target.members());
            if (addresses.isEmpty()) {
                LOG.warn("Unit {} has no contact: notice of {} ({}) stored in its inbox only, reported as NO_CONTACT",
                        target.unitId(), eventId, route.eventType());
                toSend.add(new NewDelivery(eventId, route.eventType(), target.unitId(), noticeId, null, null));
            }
            for (Address address : addresses) {
                toSend.add(new NewDelivery(eventId, route.eventType(), target.unitId(), noticeId, address.email(),
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

    private record PendingNotice(String eventId, String eventType, String payload) {
    }

    private List<PendingNotice> pending(String unitId) {
        return jdbc.prepareStatement("SELECT event_id, event_type, payload FROM pending_notice WHERE unit_id = ?"
                + " ORDER BY created_at", s -> {
            s.setString(1, unitId);
            return pendingNotices(s);
        });
    }

    private static List<PendingNotice> pendingNotices(PreparedStatement statement) throws SQLException {
        List<PendingNotice> pending = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                pending.add(new PendingNotice(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return pending;
    }

    private void keepPendingForGroup(String eventId, String eventType, String groupId, byte[] data) {
        LOG.info("Group {} has no member known yet: {} ({}) kept until it has", groupId, eventId, eventType);
        keep("pending_group_notice", "group_id", groupId, eventId, eventType, data);
    }

    private void keepPending(String eventId, String eventType, String unitId, byte[] data) {
        LOG.info("Unit {} is not projected yet: {} ({}) kept until it is", unitId, eventId, eventType);
        keep("pending_notice", "unit_id", unitId, eventId, eventType, data);
    }

    /** Keeps an event for a unit or group in {@code table} (pending_notice, pending_group_notice), once. */
    private void keep(String table, String keyColumn, String key, String eventId, String eventType, byte[] data) {
        jdbc.prepareStatement("INSERT IGNORE INTO " + table + " (event_id, " + keyColumn + ", event_type, payload,"
                + " created_at) VALUES (?, ?, ?, ?, ?)", s -> {
            s.setString(1, eventId);
            s.setString(2, key);
            s.setString(3, eventType);
            s.setString(4, new String(data, StandardCharsets.UTF_8));
            s.setTimestamp(5, Timestamp.from(Instant.now()));
            return s.executeUpdate();
        });
    }

    private static Map<String, Object> asMap(byte[] data) {
        try {
            return JSON.readValue(data, new TypeReference<Map<String, Object>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Event data is not JSON", e);
        }
    }
}
