package org.thidua.notifications.routing;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thidua.contracts.registrations.RegistrationSubmitted;
import org.thidua.contracts.registrations.ScoreSheetSubmitted;
import org.thidua.messaging.IncomingEvent;
import org.thidua.notifications.delivery.Deliveries;
import org.thidua.notifications.delivery.Deliveries.NewDelivery;
import org.thidua.notifications.inbox.Notices;
import org.thidua.notifications.inbox.Notices.NewNotice;
import org.thidua.notifications.recipients.RecipientDirectory;
import org.thidua.notifications.recipients.RecipientDirectory.Address;
import org.thidua.notifications.recipients.RecipientDirectory.Recipient;
import org.thidua.notifications.template.NoticeTemplates;
import org.thidua.persistence.Sql;

/**
 * The office and the reviewers are told what was submitted, once per digest interval rather than once per unit
 * (ADR 0037). The routing consumer records each registration and score sheet submitted; every
 * {@code thidua.notifications.digest.interval} (a day by default) one instance lists them: one digest to the office
 * (every submission, its inbox is the nil unit id, its address {@code thidua.notifications.digest.office-email}) and
 * one per group with a head unit (the submissions of the group's units, to the head and deputy units' inboxes and
 * contacts), per campaign, units by name.
 */
@Singleton
public class SubmissionDigests {

    /** The unit id of the emulation office's inbox: digests to the office are stored there. */
    public static final String OFFICE_INBOX = "00000000-0000-0000-0000-000000000000";
    /** The cause type of digest notices and their deliveries. */
    public static final String DIGEST_TYPE = "thidua.submissions.digest.v1";

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionDigests.class);
    private static final String TEMPLATE = "submissions-digest";

    private final JdbcOperations jdbc;
    private final RecipientDirectory directory;
    private final CampaignDirectory campaigns;
    private final NoticeTemplates templates;
    private final Notices notices;
    private final Deliveries deliveries;
    private final PortalLinks links;
    private final Duration interval;
    private final String officeEmail;

    SubmissionDigests(
            JdbcOperations jdbc,
            RecipientDirectory directory,
            CampaignDirectory campaigns,
            NoticeTemplates templates,
            Notices notices,
            Deliveries deliveries,
            @Value("${thidua.portal.url}") String portalUrl,
            @Value("${thidua.notifications.digest.interval:24h}") Duration interval,
            @Value("${thidua.notifications.digest.office-email:}") String officeEmail) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.campaigns = campaigns;
        this.templates = templates;
        this.notices = notices;
        this.deliveries = deliveries;
        this.links = new PortalLinks(portalUrl);
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("thidua.notifications.digest.interval must be positive: " + interval);
        }
        this.interval = interval;
        this.officeEmail = officeEmail == null ? "" : officeEmail.trim().toLowerCase();
    }

    /** Records a registration submitted for the next digest, in the consuming transaction. */
    public void registrationSubmitted(RegistrationSubmitted submitted, IncomingEvent event) {
        record(event.id(), submitted.campaignId(), submitted.unitId(), "REGISTRATION", null, submitted.occurredAt());
    }

    /** Records a score sheet submitted for the next digest, in the consuming transaction. */
    public void scoreSheetSubmitted(ScoreSheetSubmitted submitted, IncomingEvent event) {
        record(
                event.id(),
                submitted.campaignId(),
                submitted.unitId(),
                "SCORE_SHEET",
                submitted.period().name(),
                submitted.occurredAt());
    }

    private void record(
            String eventId, String campaignId, String unitId, String kind, String period, Instant submittedAt) {
        Sql.update(
                jdbc,
                "INSERT IGNORE INTO submission_digest_entry (event_id, campaign_id, unit_id, kind, period,"
                        + " submitted_at) VALUES (?, ?, ?, ?, ?, ?)",
                eventId,
                campaignId,
                unitId,
                kind,
                period,
                Timestamp.from(submittedAt == null ? Instant.now() : submittedAt));
    }

    /**
     * Sends the digests when the interval has passed since the last ones. The run row is locked first, so one
     * instance sends them; the others then find the interval not over.
     */
    @Scheduled(
            fixedDelay = "${thidua.notifications.digest.poll:1m}",
            initialDelay = "${thidua.notifications.digest.poll:1m}")
    @Transactional
    void sendDue() {
        Instant lastRun =
                jdbc.prepareStatement("SELECT last_run_at FROM submission_digest_run WHERE id = 1 FOR UPDATE", s -> {
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? rs.getTimestamp("last_run_at").toInstant() : Instant.EPOCH;
                    }
                });
        Instant now = Instant.now();
        if (now.isBefore(lastRun.plus(interval))) {
            return;
        }
        List<Entry> entries = entries();
        Map<String, Recipient> units =
                directory.units(entries.stream().map(Entry::unitId).toList());
        // a unit not projected yet stays for the next digest, when its name is known
        List<Entry> listed =
                entries.stream().filter(e -> units.containsKey(e.unitId())).toList();
        if (!listed.isEmpty()) {
            digestForOffice(listed, units, lastRun, now);
            digestsForGroups(listed, units, lastRun, now);
            List<String> digested = listed.stream().map(Entry::eventId).toList();
            for (int from = 0; from < digested.size(); from += 1_000) {
                List<String> chunk = digested.subList(from, Math.min(digested.size(), from + 1_000));
                jdbc.prepareStatement(
                        "DELETE FROM submission_digest_entry WHERE event_id IN (" + Sql.marks(chunk.size()) + ")",
                        s -> {
                            Sql.bind(s, chunk);
                            return s.executeUpdate();
                        });
            }
            LOG.info("Digest of {} submissions sent", listed.size());
        }
        Sql.update(jdbc, "UPDATE submission_digest_run SET last_run_at = ? WHERE id = 1", Timestamp.from(now));
    }

    private void digestForOffice(List<Entry> entries, Map<String, Recipient> units, Instant since, Instant until) {
        String digestId = UUID.randomUUID().toString();
        Map<String, Object> model = model("vi", null, entries, units, since, until);
        model.put("unit", null);
        NoticeTemplates.Rendered rendered = templates.render(TEMPLATE, "vi", model);
        long noticeId = notices.store(
                        digestId,
                        DIGEST_TYPE,
                        List.of(new NewNotice(
                                OFFICE_INBOX, "vi", rendered.subject(), rendered.text(), rendered.html())))
                .get(OFFICE_INBOX);
        deliveries.create(List.of(new NewDelivery(
                digestId,
                DIGEST_TYPE,
                OFFICE_INBOX,
                noticeId,
                officeEmail.isEmpty() ? null : officeEmail,
                officeEmail.isEmpty() ? null : "Văn phòng Thi đua – Khen thưởng")));
    }

    private void digestsForGroups(List<Entry> entries, Map<String, Recipient> units, Instant since, Instant until) {
        for (Leadership group :
                leadershipOf(entries.stream().map(Entry::unitId).distinct().toList())) {
            Set<String> members = Set.copyOf(directory.unitIdsOfGroups(List.of(group.groupId())));
            List<Entry> ofGroup =
                    entries.stream().filter(e -> members.contains(e.unitId())).toList();
            if (ofGroup.isEmpty()) {
                continue;
            }
            Map<String, Recipient> leaders = directory.units(group.leaderUnitIds());
            String digestId = UUID.randomUUID().toString();
            String groupName = directory.groupName(group.groupId()).orElse("");
            List<NewNotice> toStore = new ArrayList<>();
            for (String leaderId : group.leaderUnitIds()) {
                Recipient leader = leaders.get(leaderId);
                if (leader == null || !leader.active()) {
                    continue;
                }
                Map<String, Object> model = model(leader.language(), groupName, ofGroup, units, since, until);
                model.put("unit", Map.of("name", leader.name(), "code", leader.code()));
                NoticeTemplates.Rendered rendered = templates.render(TEMPLATE, leader.language(), model);
                toStore.add(new NewNotice(
                        leaderId, leader.language(), rendered.subject(), rendered.text(), rendered.html()));
            }
            Map<String, Long> noticeIds = notices.store(digestId, DIGEST_TYPE, toStore);
            Map<String, List<Address>> contacts = directory.contacts(noticeIds.keySet());
            List<NewDelivery> toSend = new ArrayList<>();
            noticeIds.forEach((unitId, noticeId) -> {
                List<Address> addresses = contacts.getOrDefault(unitId, List.of());
                if (addresses.isEmpty()) {
                    toSend.add(new NewDelivery(digestId, DIGEST_TYPE, unitId, noticeId, null, null));
                }
                addresses.forEach(
                        a -> toSend.add(new NewDelivery(digestId, DIGEST_TYPE, unitId, noticeId, a.email(), a.name())));
            });
            deliveries.create(toSend);
        }
    }

    /**
     * The template variables: {@code groupName} (null for the office), {@code since}, {@code until}, {@code count}
     * (submissions listed) and {@code campaigns}, each with its {@code title}, {@code link}, {@code registrations}
     * (unit names) and {@code sheets} (per period: {@code period}, {@code units}).
     */
    private Map<String, Object> model(
            String language,
            String groupName,
            List<Entry> entries,
            Map<String, Recipient> units,
            Instant since,
            Instant until) {
        Map<String, Map<String, Object>> byCampaign = new LinkedHashMap<>();
        // units in the alphabetical order of Vietnamese, periods in the year's order (MID_YEAR, YEAR_END)
        Collator byName = Collator.getInstance(Locale.forLanguageTag("vi"));
        Map<String, Set<String>> registrations = new LinkedHashMap<>();
        Map<String, Map<String, Set<String>>> sheets = new LinkedHashMap<>();
        for (Entry entry : entries) {
            byCampaign.computeIfAbsent(entry.campaignId(), id -> {
                Map<String, Object> campaign = new LinkedHashMap<>();
                campaign.put(
                        "title", campaigns.find(id).map(c -> c.get("title")).orElse(""));
                campaign.put("link", links.link("/campaigns/{campaignId}", Map.of("campaignId", id)));
                return campaign;
            });
            String name = units.get(entry.unitId()).name();
            if ("REGISTRATION".equals(entry.kind())) {
                registrations
                        .computeIfAbsent(entry.campaignId(), id -> new TreeSet<>(byName))
                        .add(name);
            } else {
                sheets.computeIfAbsent(entry.campaignId(), id -> new TreeMap<>())
                        .computeIfAbsent(entry.period(), p -> new TreeSet<>(byName))
                        .add(name);
            }
        }
        byCampaign.forEach((id, campaign) -> {
            campaign.put("registrations", List.copyOf(registrations.getOrDefault(id, Set.of())));
            List<Map<String, Object>> periods = new ArrayList<>();
            sheets.getOrDefault(id, Map.of())
                    .forEach((period, names) -> periods.add(Map.of("period", period, "units", List.copyOf(names))));
            campaign.put("sheets", periods);
        });
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("groupName", groupName);
        model.put("since", since.toString());
        model.put("until", until.toString());
        model.put("campaigns", List.copyOf(byCampaign.values()));
        return model;
    }

    private record Entry(String eventId, String campaignId, String unitId, String kind, String period) {}

    private List<Entry> entries() {
        return jdbc.prepareStatement(
                "SELECT event_id, campaign_id, unit_id, kind, period FROM submission_digest_entry"
                        + " ORDER BY submitted_at, event_id",
                s -> {
                    List<Entry> entries = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            entries.add(new Entry(
                                    rs.getString("event_id"),
                                    rs.getString("campaign_id"),
                                    rs.getString("unit_id"),
                                    rs.getString("kind"),
                                    rs.getString("period")));
                        }
                    }
                    return entries;
                });
    }

    private record Leadership(String groupId, List<String> leaderUnitIds) {}

    /** The groups of these units that have a head (or deputy) unit, with those units. */
    private List<Leadership> leadershipOf(List<String> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement(
                "SELECT DISTINCT l.group_id, l.head_unit_id, l.deputy_unit_id"
                        + " FROM recipient_group_leadership l JOIN recipient_group_member m ON m.group_id = l.group_id"
                        + " WHERE m.unit_id IN (" + Sql.marks(unitIds.size()) + ") ORDER BY l.group_id",
                s -> {
                    Sql.bind(s, unitIds);
                    List<Leadership> groups = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            List<String> leaders = new ArrayList<>();
                            Optional.ofNullable(rs.getString("head_unit_id")).ifPresent(leaders::add);
                            Optional.ofNullable(rs.getString("deputy_unit_id"))
                                    .filter(d -> !leaders.contains(d))
                                    .ifPresent(leaders::add);
                            if (!leaders.isEmpty()) {
                                groups.add(new Leadership(rs.getString("group_id"), leaders));
                            }
                        }
                    }
                    return groups;
                });
    }
}
