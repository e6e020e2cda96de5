package org.thidua.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.transaction.TransactionOperations;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * The operations and dead-letter conventions {@link ServiceConventionsTest} checks against a running service: the
 * metrics it exports, its operations status, and listing, showing and replaying its dead letters.
 */
final class OperationsConventions {

    private final HttpClient http;
    private final String serviceName;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    OperationsConventions(
            HttpClient http, String serviceName, JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.http = http;
        this.serviceName = serviceName;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * deploy/observability/exported-metrics.txt lists every metric the dashboards and alerts use, with the services
     * that export it and its labels (deploy/validation checks the dashboards and rules against it): after some
     * activity (a request, a dead letter), this service's real scrape has a sample of each of its lines with those
     * labels. ADR 0090.
     */
    void prometheusExportsEveryMetricTheDashboardsAndAlertsUseWithItsLabels() throws Exception {
        List<ExportedMetrics.Line> expected = ExportedMetrics.read().stream()
                .filter(line -> line.services().contains(serviceName))
                .toList();
        assertThat(expected).as("lines for " + serviceName).isNotEmpty();
        long id = transactions.executeWrite(status -> jdbc.prepareStatement("""
                INSERT INTO dead_letter (consumer, topic, partition_no, record_offset, record_key, event_id,
                  event_type, headers, payload, error_class, error_message, status, failed_at)
                VALUES ('conventions.metrics', 'thidua.conventions', 0, 7, 'k', 'e-metrics', 'thidua.test.v1', '[]',
                  NULL, 'java.lang.IllegalStateException', 'Không xử lý được', 'DEAD', CURRENT_TIMESTAMP(6))""", statement -> {
            statement.executeUpdate();
            try (var keys = statement.getConnection().createStatement().executeQuery("SELECT LAST_INSERT_ID()")) {
                keys.next();
                return keys.getLong(1);
            }
        }));
        try {
            http.toBlocking().retrieve("/api/v1/dead-letters"); // an HTTP request on a route
            // the database gauges refresh every few seconds
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                String scrape = http.toBlocking().retrieve("/prometheus");
                assertThat(ExportedMetrics.missing(expected, scrape)).isEmpty();
                assertThat(scrape)
                        .contains("thidua_dead_letters{consumer=\"conventions.metrics\","
                                + "event_type=\"thidua.test.v1\",service=\"" + serviceName + "\"} 1.0");
            });
        } finally {
            transactions.executeWrite(status -> jdbc.prepareStatement("DELETE FROM dead_letter WHERE id = ?", s -> {
                s.setLong(1, id);
                return s.executeUpdate();
            }));
        }
    }

    void deadLettersCanBeListed() {
        assertThat(http.toBlocking().retrieve("/api/v1/dead-letters")).isEqualTo("[]");
        HttpClientResponseException error = catchThrowableOfType(
                HttpClientResponseException.class, () -> http.toBlocking().retrieve("/api/v1/dead-letters?size=0"));
        assertThat(error.getStatus().getCode()).isEqualTo(400);
        String body = error.getResponse().getBody(String.class).orElseThrow();
        assertThat(body).contains("\"field\":\"size\"");
    }

    void aDeadLetterShowsItsHeadersAndPayloadAndAnUnknownOneIsA404Problem() {
        String headers = "[{\"name\":\"ce_type\",\"value\":\""
                + Base64.getEncoder().encodeToString("thidua.test.v1".getBytes(StandardCharsets.UTF_8))
                + "\"},{\"name\":\"ce_source\",\"value\":\""
                + Base64.getEncoder().encodeToString("/Văn phòng".getBytes(StandardCharsets.UTF_8)) + "\"}]";
        long id = transactions.executeWrite(status -> jdbc.prepareStatement("""
                INSERT INTO dead_letter (consumer, topic, partition_no, record_offset, record_key, event_id,
                  event_type, headers, payload, error_class, error_message, status, failed_at)
                VALUES ('conventions', 'thidua.conventions', 2, 41, 'k', 'e-1', 'thidua.test.v1', ?, ?,
                  'java.lang.IllegalStateException', 'Không xử lý được', 'DEAD', CURRENT_TIMESTAMP(6))""", statement -> {
            statement.setString(1, headers);
            statement.setBytes(2, "{\"tên\":\"Đơn vị\"}".getBytes(StandardCharsets.UTF_8));
            statement.executeUpdate();
            try (var keys = statement.getConnection().createStatement().executeQuery("SELECT LAST_INSERT_ID()")) {
                keys.next();
                return keys.getLong(1);
            }
        }));
        try {
            String detail = http.toBlocking().retrieve("/api/v1/dead-letters/" + id);
            assertThat(detail)
                    .contains("\"topic\":\"thidua.conventions\"")
                    .contains("\"partition\":2")
                    .contains("\"offset\":41")
                    .contains("\"consumer\":\"conventions\"")
                    .contains("\"errorMessage\":\"Không xử lý được\"")
                    .contains("\"failedAt\":")
                    .contains("\"headers\":{\"ce_type\":\"thidua.test.v1\",\"ce_source\":\"/Văn phòng\"}")
                    .contains("\"payload\":\"{\\\"tên\\\":\\\"Đơn vị\\\"}\"")
                    .contains("\"payloadEncoding\":\"TEXT\"");
        } finally {
            transactions.executeWrite(status -> jdbc.prepareStatement("DELETE FROM dead_letter WHERE id = ?", s -> {
                s.setLong(1, id);
                return s.executeUpdate();
            }));
        }
        HttpClientResponseException unknown = catchThrowableOfType(
                HttpClientResponseException.class, () -> http.toBlocking().retrieve("/api/v1/dead-letters/" + id));
        assertThat(unknown.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(unknown.getResponse().getContentType().map(Object::toString)).hasValue("application/problem+json");
    }

    /**
     * The operator's status of the service (ADR 93): its name, ready as its readiness check and the {@code thidua_ready}
     * gauge say, an idle outbox, the consumer groups' lag as the lag gauge read it, and the dead letters waiting
     * (one more after one is added).
     */
    void theOperationsStatusSaysWhatTheMetricsSay() throws Exception {
        JsonApi operator = new JsonApi(http.toBlocking());
        long open = operator.send(HttpRequest.GET("/api/v1/operations/status").bearerAuth(TestTokens.operator()))
                .path("deadLetters")
                .path("open")
                .asLong();
        long id = insertDeadLetter("conventions.status", "Không xử lý được");
        try {
            JsonNode answer =
                    operator.send(HttpRequest.GET("/api/v1/operations/status").bearerAuth(TestTokens.operator()));
            assertThat(answer.path("service").asText()).isEqualTo(serviceName);
            assertThat(answer.path("ready").asBoolean()).isTrue();
            // nothing is being written: the outbox has sent everything
            assertThat(answer.path("outbox").path("backlog").asLong()).isZero();
            assertThat(answer.path("outbox").path("oldestAgeSeconds").asLong()).isZero();
            assertThat(answer.path("deadLetters").path("open").asLong()).isEqualTo(open + 1);
            assertThat(answer.path("consumers").isArray()).isTrue();
            // each consumer group's lag is the one the gauge exports, and readiness is a gauge too
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                String scrape = http.toBlocking().retrieve("/prometheus");
                assertThat(scrape).contains("thidua_ready{service=\"" + serviceName + "\"} 1.0");
                JsonNode consumers = operator.send(
                                HttpRequest.GET("/api/v1/operations/status").bearerAuth(TestTokens.operator()))
                        .path("consumers");
                long samples = scrape.lines()
                        .filter(line -> line.startsWith("thidua_consumer_lag{"))
                        .count();
                assertThat(consumers).hasSize((int) samples);
                for (JsonNode consumer : consumers) {
                    assertThat(scrape)
                            .contains("thidua_consumer_lag{group=\""
                                    + consumer.path("group").asText()
                                    + "\",service=\"" + serviceName + "\",topic=\""
                                    + consumer.path("topic").asText()
                                    + "\"} " + consumer.path("lag").asLong() + ".0");
                }
            });
        } finally {
            deleteDeadLetter(id);
        }
    }

    /**
     * A filtered replay is a dry run unless asked otherwise: the dry run re-drives nothing and says what it would; the
     * real one re-drives each letter through its consumer (here none of that name, so it fails again and counts an
     * attempt). Both are audited with the actor of the token; a reversed time range is refused naming the field and
     * writes nothing.
     */
    void aFilteredReplayIsADryRunFirstAndEveryReplayIsAuditedWithTheTokensActor() {
        JsonApi api = new JsonApi(http.toBlocking());
        String consumer = "conventions.replay." + UUID.randomUUID();
        long id = insertDeadLetter(consumer, "Lỗi lúc ghi: Timeout");
        DatabaseState database = new DatabaseState(jdbc, transactions);
        try {
            JsonNode listed = api.send(HttpRequest.GET("/api/v1/dead-letters?consumer=" + consumer + "&error="
                            + URLEncoder.encode("LÚC GHI", StandardCharsets.UTF_8))
                    .bearerAuth(TestTokens.operator()));
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).path("id").asLong()).isEqualTo(id);
            assertThat(listed.get(0).path("service").asText()).isEqualTo(serviceName);
            assertThat(listed.get(0).path("attempts").asInt()).isEqualTo(1);
            assertThat(listed.get(0).path("payload").asText()).isEqualTo("{\"tên\":\"Đơn vị\"}");
            assertThat(listed.get(0).path("headers").path("ce_type").asText()).isEqualTo("thidua.test.v1");

            long audits = database.count("SELECT COUNT(*) FROM dead_letter_replay");
            JsonNode reversed = api.problem(
                    HttpRequest.POST(
                                    "/api/v1/dead-letters/replay?consumer=" + consumer
                                            + "&from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z&dryRun=false",
                                    "")
                            .bearerAuth(TestTokens.operator()),
                    400);
            assertThat(JsonApi.fields(reversed)).containsExactly("to");
            JsonApi.assertDescribesNoInternals(reversed);
            assertThat(database.count("SELECT COUNT(*) FROM dead_letter_replay"))
                    .isEqualTo(audits);

            String letters =
                    "SELECT COUNT(*), SUM(attempts), COUNT(replay_error), SUM(status = 'DEAD') FROM dead_letter";
            String before = database.fingerprint(letters);
            JsonNode dryRun = api.send(HttpRequest.POST("/api/v1/dead-letters/replay?consumer=" + consumer, "")
                    .bearerAuth(TestTokens.operator()));
            assertThat(dryRun.path("dryRun").asBoolean()).isTrue();
            assertThat(dryRun.path("matched").asInt()).isEqualTo(1);
            assertThat(dryRun.path("ids").get(0).asLong()).isEqualTo(id);
            assertThat(dryRun.path("replayed").asInt()).isZero();
            assertThat(database.fingerprint(letters))
                    .as("a dry run re-drives nothing")
                    .isEqualTo(before);

            JsonNode real =
                    api.send(HttpRequest.POST("/api/v1/dead-letters/replay?dryRun=false&consumer=" + consumer, "")
                            .bearerAuth(TestTokens.operator()));
            assertThat(real.path("dryRun").asBoolean()).isFalse();
            assertThat(real.path("matched").asInt()).isEqualTo(1);
            assertThat(real.path("replayed").asInt()).isZero();
            assertThat(real.path("stillFailing").asInt()).isEqualTo(1);
            assertThat(database.count("SELECT attempts FROM dead_letter WHERE id = ?", id))
                    .isEqualTo(2);

            JsonNode replays = api.send(
                    HttpRequest.GET("/api/v1/dead-letters/replays?size=2").bearerAuth(TestTokens.operator()));
            assertThat(replays).hasSize(2);
            assertThat(replays.get(0).path("actor").asText()).isEqualTo("operator");
            assertThat(replays.get(0).path("dryRun").asBoolean()).isFalse();
            assertThat(replays.get(0).path("stillFailing").asInt()).isEqualTo(1);
            assertThat(replays.get(0).path("filter").path("consumer").asText()).isEqualTo(consumer);
            assertThat(replays.get(1).path("dryRun").asBoolean()).isTrue();
            assertThat(replays.get(1).path("matched").asInt()).isEqualTo(1);
            assertThat(replays.get(1).path("ids").get(0).asLong()).isEqualTo(id);
        } finally {
            deleteDeadLetter(id);
        }
    }

    private long insertDeadLetter(String consumer, String error) {
        String headers = "[{\"name\":\"ce_type\",\"value\":\""
                + Base64.getEncoder().encodeToString("thidua.test.v1".getBytes(StandardCharsets.UTF_8)) + "\"}]";
        return transactions.executeWrite(status -> jdbc.prepareStatement("""
                INSERT INTO dead_letter (consumer, topic, partition_no, record_offset, record_key, event_id,
                  event_type, headers, payload, error_class, error_message, status, failed_at)
                VALUES (?, 'thidua.conventions', 0, 9, 'k', 'e-ops', 'thidua.test.v1', ?, ?,
                  'java.lang.IllegalStateException', ?, 'DEAD', CURRENT_TIMESTAMP(6))""", statement -> {
            statement.setString(1, consumer);
            statement.setString(2, headers);
            statement.setBytes(3, "{\"tên\":\"Đơn vị\"}".getBytes(StandardCharsets.UTF_8));
            statement.setString(4, error);
            statement.executeUpdate();
            try (var keys = statement.getConnection().createStatement().executeQuery("SELECT LAST_INSERT_ID()")) {
                keys.next();
                return keys.getLong(1);
            }
        }));
    }

    private void deleteDeadLetter(long id) {
        transactions.executeWrite(status -> jdbc.prepareStatement("DELETE FROM dead_letter WHERE id = ?", s -> {
            s.setLong(1, id);
            return s.executeUpdate();
        }));
    }
}
