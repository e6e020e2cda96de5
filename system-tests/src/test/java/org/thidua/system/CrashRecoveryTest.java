package org.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.thidua.contracts.Topics;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.testing.CloudEventSender;
import org.thidua.testing.Headers;
import org.thidua.testing.TopicReader;

/**
 * units-service and notifications-service as real processes from their jars: the walking skeleton across them,
 * and what a crash (kill -9) of the producer or of the consumer leaves behind. Counts are exact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunningService units;
    private RunningService notifications;

    @BeforeAll
    void start() {
        units = RunningService.start("units-service", Map.of());
        notifications = RunningService.start("notifications-service", Map.of());
    }

    @AfterAll
    void stop() {
        units.close();
        notifications.close();
    }

    @Test
    @Order(1)
    void aUnitPostedToUnitsServiceReachesNotificationsServicesProjection() throws Exception {
        HttpResponse<String> created = units.post("/api/v1/units",
                "{\"code\":\"VPQH-TH\",\"name\":\"Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asText();
        long posted = System.nanoTime();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> notifications.get("/api/v1/recipients/units/" + id).statusCode() == 200);
        long millis = (System.nanoTime() - posted) / 1_000_000;
        System.out.printf("walking skeleton: unit visible in notifications-service %d ms after the POST returned%n",
                millis);
        assertThat(notifications.get("/api/v1/recipients/units/" + id).body())
                .contains("\"code\":\"VPQH-TH\"").contains("Thanh Hóa");
    }

    @Test
    @Order(2)
    void aProducerKilledAfterCommitAndBeforePublishPublishesEveryEventExactlyOnceAfterRestart() throws Exception {
        // the relay is off, so every commit below is stranded between commit and publish when the process dies
        units.crash();
        units.restart(Map.of("THIDUA_MESSAGING_RELAY_ENABLED", "false"));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> created = units.post("/api/v1/units",
                    "{\"code\":\"CRASH-P-" + i + "\",\"name\":\"Đơn vị " + i + "\"}");
            assertThat(created.statusCode()).isEqualTo(201);
            ids.add(JSON.readTree(created.body()).get("id").asText());
        }
        assertThat(units.count("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL")).isEqualTo(200);
        units.crash();

        units.restart(Map.of());
        try (TopicReader topic = new TopicReader(Topics.UNITS)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.poll(r -> ids.contains(r.key())).size() >= 200);
            List<ConsumerRecord<String, byte[]>> records = topic.poll(r -> ids.contains(r.key()));
            assertThat(records).hasSize(200);
            assertThat(records.stream().map(r -> Headers.of(r, "ce_id")).distinct()).hasSize(200);
        }
        await().atMost(Duration.ofSeconds(60)).until(() ->
                notifications.count("SELECT COUNT(*) FROM recipient_unit WHERE code LIKE 'CRASH-P-%'") == 200);
        assertThat(units.count("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL")).isZero();
    }

    @Test
    @Order(3)
    void aConsumerKilledMidStreamHasEveryEffectExactlyOnceAfterRestart() throws Exception {
        List<String> eventIds = new ArrayList<>();
        try (CloudEventSender sender = new CloudEventSender()) {
            for (int i = 0; i < 2_000; i++) {
                String unitId = UUID.randomUUID().toString();
                eventIds.add(sender.send(Topics.UNITS, UnitRegistered.TYPE, unitId, "{\"unitId\":\"" + unitId
                        + "\",\"code\":\"CRASH-C-" + i + "\",\"name\":\"Đơn vị " + i + "\",\"language\":\"vi\","
                        + "\"active\":true,\"registeredAt\":\"2019-07-18T02:50:00Z\"}"));
            }
        }
        await().atMost(Duration.ofSeconds(120)).until(() ->
                notifications.count("SELECT COUNT(*) FROM recipient_unit WHERE code LIKE 'CRASH-C-%'") >= 300);
        notifications.crash();
        long atCrash = notifications.count("SELECT COUNT(*) FROM recipient_unit WHERE code LIKE 'CRASH-C-%'");
        assertThat(atCrash).isLessThan(2_000);

        notifications.restart(Map.of());
        await().atMost(Duration.ofSeconds(180)).until(() ->
                notifications.count("SELECT COUNT(*) FROM recipient_unit WHERE code LIKE 'CRASH-C-%'") == 2_000);
        String inList = "'" + String.join("','", eventIds) + "'";
        assertThat(notifications.count("SELECT COUNT(*) FROM processed_event WHERE event_id IN (" + inList + ")"))
                .isEqualTo(2_000);
        assertThat(notifications.count("SELECT COUNT(*) FROM dead_letter")).isZero();
        System.out.printf("consumer crash: %d of 2000 effects committed at the kill, 2000 after restart%n", atCrash);
    }
}
