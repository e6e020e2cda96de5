package org.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.Topics;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.contracts.units.ContactChanged;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.local.EmbeddedSmtp;
import org.thidua.local.Ports;
import org.thidua.testing.CloudEventSender;
import org.thidua.testing.Headers;
import org.thidua.testing.TopicReader;

/**
 * units-service and notifications-service as real processes from their jars: the walking skeleton across them,
 * and what a crash (kill -9) of the producer, of the consumer or of a fan-out leaves behind. Counts are exact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final int FANOUT_CHUNK = 10;

    private RunningService units;
    private RunningService notifications;
    private EmbeddedSmtp smtp;

    @BeforeAll
    void start() {
        smtp = EmbeddedSmtp.start(Ports.freePort());
        units = RunningService.start("units-service", Map.of());
        notifications = RunningService.start(
                "notifications-service",
                Map.of(
                        "SMTP_HOST",
                        smtp.host(),
                        "SMTP_PORT",
                        Integer.toString(smtp.port()),
                        "THIDUA_NOTIFICATIONS_FANOUT_CHUNK_SIZE",
                        Integer.toString(FANOUT_CHUNK)));
    }

    @AfterAll
    void stop() {
        units.close();
        notifications.close();
        smtp.stop();
    }

    @Test
    @Order(1)
    void aUnitPostedToUnitsServiceReachesNotificationsServicesProjection() throws Exception {
        HttpResponse<String> created = units.post(
                "/api/v1/units", "{\"code\":\"VPQH-TH\",\"name\":\"Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asText();
        long posted = System.nanoTime();

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> notifications.get("/api/v1/recipients/units/" + id).statusCode() == 200);
        long millis = (System.nanoTime() - posted) / 1_000_000;
        System.out.printf(
                "walking skeleton: unit visible in notifications-service %d ms after the POST returned%n", millis);
        assertThat(notifications.get("/api/v1/recipients/units/" + id).body())
                .contains("\"code\":\"VPQH-TH\"")
                .contains("Thanh Hóa");
    }

    @Test
    @Order(2)
    void aProducerKilledAfterCommitAndBeforePublishPublishesEveryEventExactlyOnceAfterRestart() throws Exception {
        // the relay is off, so every commit below is stranded between commit and publish when the process dies
        units.crash();
        units.restart(Map.of("THIDUA_MESSAGING_RELAY_ENABLED", "false"));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> created =
                    units.post("/api/v1/units", "{\"code\":\"CRASH-P-" + i + "\",\"name\":\"Đơn vị " + i + "\"}");
            assertThat(created.statusCode()).isEqualTo(201);
            ids.add(JSON.readTree(created.body()).get("id").asText());
        }
        assertThat(units.count("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL"))
                .isEqualTo(200);
        units.crash();

        units.restart(Map.of());
        try (TopicReader topic = new TopicReader(Topics.UNITS)) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> topic.poll(r -> ids.contains(r.key())).size() >= 200);
            List<ConsumerRecord<String, byte[]>> records = topic.poll(r -> ids.contains(r.key()));
            assertThat(records).hasSize(200);
            assertThat(records.stream().map(r -> Headers.of(r, "ce_id")).distinct())
                    .hasSize(200);
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        notifications.count("SELECT COUNT(*) FROM recipient_unit WHERE code LIKE 'CRASH-P-%'") == 200);
        assertThat(units.count("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL"))
                .isZero();
    }

    @Test
    @Order(3)
    void aConsumerKilledMidStreamHasEveryEffectExactlyOnceAfterRestart() throws Exception {
        List<String> eventIds = new ArrayList<>();
        try (CloudEventSender sender = new CloudEventSender()) {
            for (int i = 0; i < 2_000; i++) {
                String unitId = UUID.randomUUID().toString();
                eventIds.add(sender.send(
                        Topics.UNITS,
                        UnitRegistered.TYPE,
                        unitId,
                        "{\"unitId\":\"" + unitId
                                + "\",\"code\":\"CRASH-C-" + i + "\",\"name\":\"Đơn vị " + i + "\",\"language\":\"vi\","
                                + "\"active\":true,\"registeredAt\":\"2019-07-18T02:50:00Z\"}"));
            }
        }
        await().atMost(Duration.ofSeconds(120))
                .until(() ->
                        notifications.count("SELECT COUNT(*) FROM recipient_unit WHERE code LIKE 'CRASH-C-%'") >= 300);
        notifications.crash();
        long atCrash = notifications.count("SELECT COUNT(*) FROM recipient_unit WHERE code LIKE 'CRASH-C-%'");
        assertThat(atCrash).isLessThan(2_000);

        notifications.restart(Map.of());
        await().atMost(Duration.ofSeconds(180))
                .until(() -> notifications.count("SELECT COUNT(*) FROM recipient_unit WHERE code LIKE 'CRASH-C-%'")
                        == 2_000);
        String inList = "'" + String.join("','", eventIds) + "'";
        assertThat(notifications.count("SELECT COUNT(*) FROM processed_event WHERE event_id IN (" + inList + ")"))
                .isEqualTo(2_000);
        assertThat(notifications.count("SELECT COUNT(*) FROM dead_letter")).isZero();
        System.out.printf("consumer crash: %d of 2000 effects committed at the kill, 2000 after restart%n", atCrash);
    }

    @Test
    @Order(4)
    void aFanOutKilledMidwayGivesEveryUnitExactlyOneNoticeAndDeliveryAfterRestart() throws Exception {
        int count = 1_000;
        String groupId = UUID.randomUUID().toString();
        List<String> unitIds = new ArrayList<>();
        Instant now = Instant.now();
        try (CloudEventSender sender = new CloudEventSender()) {
            for (int i = 0; i < count; i++) {
                String unitId = UUID.randomUUID().toString();
                unitIds.add(unitId);
                sender.send(new UnitRegistered(unitId, "FANOUT-" + i, "Đơn vị " + i, null, "vi", true, now));
                sender.send(new ContactChanged(
                        unitId,
                        List.of(new ContactChanged.Contact(
                                "fanout" + i + "@crash.vn", ContactChanged.Role.EMULATION_OFFICER, "Cán bộ " + i)),
                        now));
            }
            sender.send(new GroupCreated(groupId, GroupCreated.Kind.BLOCK, 2019, "K-CRASH", "Khối thi đua", now));
            sender.send(new GroupMembershipChanged(groupId, 2019, unitIds, unitIds, List.of(), now));
            await().atMost(Duration.ofSeconds(180))
                    .until(() -> notifications.count(
                                            "SELECT COUNT(*) FROM recipient_contact WHERE email LIKE 'fanout%@crash.vn'")
                                    == count
                            && notifications.count("SELECT COUNT(*) FROM recipient_group_member WHERE group_id = '"
                                            + groupId + "'")
                                    == count);

            String launch = sender.send(new CampaignLaunched(
                    UUID.randomUUID().toString(),
                    "PTTD-CRASH",
                    "Phong trào thi đua năm 2019",
                    "Đoàn kết, sáng tạo",
                    CampaignLaunched.Kind.REGULAR,
                    2019,
                    LocalDate.of(2019, 1, 15),
                    LocalDate.of(2019, 12, 31),
                    LocalDate.of(2019, 2, 28),
                    List.of(new CampaignLaunched.Period(
                            ReviewPeriod.YEAR_END, LocalDate.of(2019, 12, 15), LocalDate.of(2019, 12, 31))),
                    new CampaignLaunched.Scope(false, List.of(groupId)),
                    now));
            String notices = "SELECT COUNT(*) FROM notice WHERE event_id = '" + launch + "'";
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> notifications.count(notices) >= 10 * FANOUT_CHUNK);
            notifications.crash();
            long atCrash = notifications.count(notices);
            long chunksLeft =
                    notifications.count("SELECT COUNT(*) FROM fanout_chunk WHERE event_id = '" + launch + "'");
            assertThat(atCrash).isLessThan(count);
            // one snapshot: every unit is either notified or still in a chunk (a chunk goes with its notices)
            assertThat(notifications.count("SELECT (" + notices + ") + " + FANOUT_CHUNK
                            + " * (SELECT COUNT(*) FROM fanout_chunk WHERE event_id = '" + launch + "')"))
                    .isEqualTo(count);

            notifications.restart(Map.of());
            String sent = "SELECT COUNT(*) FROM delivery WHERE event_id = '" + launch + "' AND state = 'SENT'";
            await().atMost(Duration.ofSeconds(180)).until(() -> notifications.count(sent) == count);
            assertThat(notifications.count(notices)).isEqualTo(count);
            assertThat(notifications.count(
                            "SELECT COUNT(DISTINCT unit_id) FROM notice WHERE event_id = '" + launch + "'"))
                    .isEqualTo(count);
            assertThat(notifications.count("SELECT COUNT(*) FROM delivery WHERE event_id = '" + launch + "'"))
                    .isEqualTo(count);
            assertThat(notifications.count("SELECT COUNT(*) FROM fanout_chunk")).isZero();
            // every unit's address got its email; a batch sent but not committed when the process died is sent again
            // (at-least-once towards the SMTP server, at most 2 senders x 50 emails)
            List<String> received = smtp.receivedMessages().stream()
                    .flatMap(m -> m.to().stream())
                    .map(to -> to.substring(to.indexOf('<') + 1).replace(">", "")) // "Name <address>"
                    .filter(to -> to.endsWith("@crash.vn"))
                    .toList();
            assertThat(new HashSet<>(received)).hasSize(count);
            assertThat(received.size()).isBetween(count, count + 100);
            System.out.printf(
                    "fan-out crash: %d of %d notices committed at the kill (%d chunks left), %d notices, "
                            + "%d emails to %d addresses after restart%n",
                    atCrash, count, chunksLeft, notifications.count(notices), received.size(), count);
        }
    }
}
