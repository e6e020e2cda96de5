package org.thidua.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.local.EmbeddedSmtp;
import org.thidua.local.Ports;
import org.thidua.testing.DatabaseState;
import org.thidua.testing.JsonApi;
import org.thidua.testing.RealInfrastructure;

/**
 * The fan-out and the sends of an event are spans of its trace (ADR 0094), even when a background worker notifies a
 * chunk or sends an e-mail later: each chunk is a child of the consumer's span, each send of its chunk's span, read
 * back through {@code GET /api/v1/traces}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationSpansTest implements RealInfrastructure {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private EmbeddedSmtp smtp;
    private final TestEvents events = new TestEvents();

    @Override
    public Map<String, String> getProperties() {
        smtp = EmbeddedSmtp.start(Ports.freePort());
        Map<String, String> p = new HashMap<>(RealInfrastructure.super.getProperties());
        p.put("javamail.properties.mail.smtp.host", "127.0.0.1");
        p.put("javamail.properties.mail.smtp.port", Integer.toString(smtp.port()));
        p.put("thidua.notifications.delivery.idle-poll", "100ms");
        // chunks of two: three units are two chunks, notified by the fan-out worker after the consumer committed
        p.put("thidua.notifications.fanout.chunk-size", "2");
        return p;
    }

    @AfterAll
    void close() {
        events.close();
        smtp.stop();
    }

    @Test
    void eachChunkAndEachSendOfALaunchIsASpanOfItsTrace() {
        String tag = "s" + TestEvents.id().substring(0, 8);
        List<String> units = List.of(
                events.unit(TestEvents.id(), tag + "-1", "Văn phòng tỉnh Ninh Bình", "vi", "nb@" + tag + ".vn"),
                events.unit(TestEvents.id(), tag + "-2", "Văn phòng tỉnh Hà Nam", "vi", "hn@" + tag + ".vn"),
                events.unit(TestEvents.id(), tag + "-3", "Văn phòng tỉnh Nam Định", "vi", "nd@" + tag + ".vn"));
        String group = events.group("Cụm " + tag, units);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("SELECT COUNT(*) FROM recipient_group_member WHERE group_id = ?", group) == 3
                        && units.stream()
                                .allMatch(u ->
                                        count("SELECT COUNT(*) FROM recipient_contact WHERE unit_id = ?", u) == 1));

        // CloudEventSender's traceparent: trace 4bf92f3577b34da6a3ce929d0e0e4736, span 00f067aa0ba902b7
        String launch = events.launch(TestEvents.id(), TestEvents.id(), "Phong trào thi đua " + tag, List.of(group));
        JsonApi api = new JsonApi(http.toBlocking());
        await().atMost(Duration.ofSeconds(60)).until(() -> sends(api.get("/api/v1/traces?eventId=" + launch)) == 3);
        JsonNode trace = api.get("/api/v1/traces?eventId=" + launch);
        List<JsonNode> spans = list(trace.path("spans"));

        // the launch is consumed by the routing (the fan-out) and by the campaign directory: one CONSUMER span each
        assertThat(spans.stream().filter(s -> s.path("kind").asText().equals("CONSUMER")))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.path("parentSpanId").asText()).isEqualTo("00f067aa0ba902b7"));
        JsonNode consumer = spans.stream()
                .filter(s -> s.path("kind").asText().equals("CONSUMER")
                        && s.path("attributes")
                                .path("messaging.consumer.group.name")
                                .asText()
                                .equals("notifications.routing"))
                .findFirst()
                .orElseThrow();
        assertThat(consumer.path("traceId").asText()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(consumer.path("parentSpanId").asText()).isEqualTo("00f067aa0ba902b7");
        assertThat(consumer.path("service").asText()).isEqualTo("notifications-service");
        List<JsonNode> chunks = spans.stream()
                .filter(s -> s.path("name").asText().equals("fanout chunk"))
                .toList();
        // 3 units in chunks of 2: chunk 0 with 2 units, chunk 1 with 1
        assertThat(chunks)
                .extracting(c -> c.path("attributes").path("thidua.chunk").asText() + ":"
                        + c.path("attributes").path("thidua.units").asText())
                .containsExactlyInAnyOrder("0:2", "1:1");
        assertThat(chunks)
                .allSatisfy(c -> assertThat(c.path("parentSpanId").asText())
                        .isEqualTo(consumer.path("spanId").asText()));
        Set<String> chunkIds =
                chunks.stream().map(c -> c.path("spanId").asText()).collect(Collectors.toSet());
        List<JsonNode> sends = spans.stream()
                .filter(s -> s.path("name").asText().equals("smtp send"))
                .toList();
        assertThat(sends).hasSize(3).allSatisfy(send -> {
            assertThat(chunkIds).contains(send.path("parentSpanId").asText());
            assertThat(send.path("traceId").asText()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
            assertThat(send.path("kind").asText()).isEqualTo("CLIENT");
            assertThat(send.path("status").asText()).isEqualTo("UNSET");
            assertThat(send.path("attributes").path("thidua.outcome").asText()).isEqualTo("ACCEPTED");
            assertThat(send.path("attributes").path("thidua.event.id").asText()).isEqualTo(launch);
            assertThat(send.path("durationMicros").asLong()).isPositive();
            assertThat(send.path("start").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.+Z");
        });
        assertThat(sends)
                .extracting(s -> s.path("attributes").path("thidua.unit.id").asText())
                .containsExactlyInAnyOrderElementsOf(units);
        // each send's delivery id is the row's that was sent
        for (JsonNode send : sends) {
            assertThat(count(
                            "SELECT COUNT(*) FROM delivery WHERE id = ? AND unit_id = ? AND state = 'SENT'",
                            send.path("attributes").path("thidua.delivery.id").asLong(),
                            send.path("attributes").path("thidua.unit.id").asText()))
                    .isEqualTo(1);
        }
        assertThat(trace.path("traceId").asText()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        // the whole trace by its id holds the same spans
        assertThat(list(api.get("/api/v1/traces/4bf92f3577b34da6a3ce929d0e0e4736")
                        .path("spans")))
                .extracting(s -> s.path("spanId").asText())
                .containsAll(spans.stream().map(s -> s.path("spanId").asText()).toList());
    }

    @Test
    void aTraceThisServiceDidNotKeepIsNotFoundAndAMalformedIdIsRefused() {
        JsonApi api = new JsonApi(http.toBlocking());
        assertThat(api.problem(HttpRequest.GET("/api/v1/traces/0af7651916cd43dd8448eb211c80319c"), 404)
                        .path("detail")
                        .asText())
                .doesNotContain("Exception");
        assertThat(JsonApi.fields(api.problem(HttpRequest.GET("/api/v1/traces/not-a-trace"), 400)))
                .containsExactly("traceId");
        JsonNode none = api.get("/api/v1/traces?eventId=" + TestEvents.id());
        assertThat(none.path("spans")).isEmpty();
        assertThat(none.path("traceId").isNull()).isTrue();
    }

    private long count(String sql, Object... parameters) {
        return new DatabaseState(jdbc, transactions).count(sql, parameters);
    }

    private static long sends(JsonNode trace) {
        return list(trace.path("spans")).stream()
                .filter(s -> s.path("name").asText().equals("smtp send"))
                .count();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
