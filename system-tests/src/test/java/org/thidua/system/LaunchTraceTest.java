package org.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thidua.system.ReviewWorld.created;
import static org.thidua.system.ReviewWorld.get;
import static org.thidua.system.ReviewWorld.group;
import static org.thidua.system.ReviewWorld.startedCampaign;
import static org.thidua.system.ReviewWorld.unit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.campaigns.CampaignLaunched;

/**
 * One trace from the HTTP request that launches a campaign to each SMTP send (ADR 0094), read back from the four
 * services' in-process span stores ({@code GET /api/v1/traces?eventId=}): campaigns' server span of the launch, the
 * relay's PRODUCER span, notifications' CONSUMER span, the fan-out chunk span and one send span for every unit.
 */
class LaunchTraceTest {

    private static final String TAG =
            UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @Test
    void aLaunchToUnitsOfTwoGroupsIsOneTraceFromTheRequestToEverySmtpSend() {
        PortalStack stack = PortalStack.get();
        // two groups of two units, each unit with one contact: four e-mails
        List<String> unitIds = new ArrayList<>();
        List<String> groupIds = new ArrayList<>();
        for (String block : List.of("A", "B")) {
            List<String> members = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                String unitId = unit(stack, "TR-" + block + i + "-" + TAG, "Đơn vị truy vết " + block + i, "Hà Nội");
                created(
                        stack.units,
                        "/api/v1/units/" + unitId + "/contacts",
                        Map.of(
                                "email",
                                "tr-" + block.toLowerCase() + i + "-" + TAG.toLowerCase() + "@truyvet.vn",
                                "role",
                                "EMULATION_OFFICER",
                                "name",
                                "Cán bộ thi đua " + block + i));
                members.add(unitId);
            }
            unitIds.addAll(members);
            groupIds.add(group(stack, "KTV-" + block + "-" + TAG, "Khối truy vết " + block, members));
        }
        // notifications knows every unit's contact and group before the launch, so no notice is held back
        String units = "'" + String.join("','", unitIds) + "'";
        await().atMost(Duration.ofSeconds(60))
                .until(() -> stack.notifications.count(
                                        "SELECT COUNT(*) FROM recipient_contact WHERE unit_id IN (" + units + ")")
                                == 4
                        && stack.notifications.count(
                                        "SELECT COUNT(*) FROM recipient_group_member WHERE unit_id IN (" + units + ")")
                                == 4);

        String campaignId = startedCampaign(stack, "PTTD-TV-" + TAG, "Phong trào truy vết " + TAG, groupIds);
        String launchId = get(stack.campaigns, "/api/v1/campaigns/" + campaignId)
                .get("launchEventId")
                .asText();
        assertThat(launchId).isNotBlank();

        List<RunningService> services = List.of(stack.units, stack.campaigns, stack.awards, stack.notifications);
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> spans(services, launchId).stream()
                                .filter(s -> s.path("name").asText().equals("smtp send"))
                                .count()
                        >= 4);
        List<JsonNode> spans = spans(services, launchId);

        assertThat(spans.stream().map(s -> s.path("traceId").asText()).distinct())
                .as("one trace")
                .hasSize(1);
        Map<String, JsonNode> byId =
                spans.stream().collect(Collectors.toMap(s -> s.path("spanId").asText(), s -> s));
        JsonNode server = one(
                spans,
                s -> s.path("service").asText().equals("campaigns-service")
                        && s.path("kind").asText().equals("SERVER")
                        && (s.path("name").asText() + s.path("attributes")).contains("/launch"));
        JsonNode producer = one(
                spans,
                s -> s.path("kind").asText().equals("PRODUCER")
                        && launchId.equals(
                                s.path("attributes").path("thidua.event.id").asText()));
        assertThat(producer.path("service").asText()).isEqualTo("campaigns-service");
        assertThat(producer.path("attributes").path("messaging.system").asText())
                .isEqualTo("kafka");
        assertThat(producer.path("attributes").path("thidua.event.type").asText())
                .isEqualTo(CampaignLaunched.TYPE);
        // the outbox row was written under the launch request's span: the relay's span is its child
        assertThat(ancestors(producer, byId)).contains(server.path("spanId").asText());
        // notifications' routing (the fan-out); its campaign directory and the other services consume it too
        JsonNode consumer = one(
                spans,
                s -> s.path("kind").asText().equals("CONSUMER")
                        && s.path("service").asText().equals("notifications-service")
                        && s.path("attributes")
                                .path("messaging.consumer.group.name")
                                .asText()
                                .equals("notifications.routing")
                        && launchId.equals(
                                s.path("attributes").path("thidua.event.id").asText()));
        assertThat(spans.stream()
                        .filter(s -> s.path("kind").asText().equals("CONSUMER")
                                && launchId.equals(s.path("attributes")
                                        .path("thidua.event.id")
                                        .asText())))
                .allSatisfy(s -> assertThat(s.path("parentSpanId").asText())
                        .isEqualTo(producer.path("spanId").asText()));
        assertThat(consumer.path("parentSpanId").asText())
                .isEqualTo(producer.path("spanId").asText());
        List<JsonNode> chunks = spans.stream()
                .filter(s -> s.path("name").asText().equals("fanout chunk"))
                .toList();
        assertThat(chunks).isNotEmpty().allSatisfy(chunk -> {
            assertThat(chunk.path("parentSpanId").asText())
                    .isEqualTo(consumer.path("spanId").asText());
            assertThat(chunk.path("attributes").path("thidua.event.id").asText())
                    .isEqualTo(launchId);
        });
        assertThat(chunks.stream()
                        .mapToInt(c -> c.path("attributes").path("thidua.units").asInt())
                        .sum())
                .isEqualTo(4);
        Set<String> chunkIds =
                chunks.stream().map(c -> c.path("spanId").asText()).collect(Collectors.toSet());
        List<JsonNode> sends = spans.stream()
                .filter(s -> s.path("name").asText().equals("smtp send"))
                .toList();
        assertThat(sends).hasSize(4).allSatisfy(send -> {
            assertThat(send.path("service").asText()).isEqualTo("notifications-service");
            assertThat(send.path("kind").asText()).isEqualTo("CLIENT");
            assertThat(chunkIds).contains(send.path("parentSpanId").asText());
            assertThat(send.path("attributes").path("thidua.event.id").asText()).isEqualTo(launchId);
            assertThat(send.path("attributes").path("thidua.outcome").asText()).isEqualTo("ACCEPTED");
            assertThat(send.path("attributes").path("thidua.delivery.id").asText())
                    .matches("\\d+");
        });
        assertThat(sends.stream()
                        .map(s -> s.path("attributes").path("thidua.unit.id").asText()))
                .containsExactlyInAnyOrderElementsOf(unitIds);
        // the same trace, whole, by its id
        JsonNode byTrace = get(
                stack.notifications, "/api/v1/traces/" + server.path("traceId").asText());
        assertThat(byTrace.path("spans").findValuesAsText("spanId"))
                .contains(
                        consumer.path("spanId").asText(),
                        sends.get(0).path("spanId").asText());
    }

    /** Every span the four services kept of the traces of event {@code eventId}. */
    private static List<JsonNode> spans(List<RunningService> services, String eventId) {
        List<JsonNode> spans = new ArrayList<>();
        for (RunningService service : services) {
            get(service, "/api/v1/traces?eventId=" + eventId).path("spans").forEach(spans::add);
        }
        return spans;
    }

    private static JsonNode one(List<JsonNode> spans, Predicate<JsonNode> which) {
        List<JsonNode> found = spans.stream().filter(which).toList();
        assertThat(found).as("spans %s", spans).hasSize(1);
        return found.get(0);
    }

    /** The span ids above {@code span}, nearest first. */
    private static List<String> ancestors(JsonNode span, Map<String, JsonNode> byId) {
        List<String> ids = new ArrayList<>();
        JsonNode parent = byId.get(span.path("parentSpanId").asText());
        while (parent != null) {
            ids.add(parent.path("spanId").asText());
            parent = byId.get(parent.path("parentSpanId").asText());
        }
        return ids;
    }
}
