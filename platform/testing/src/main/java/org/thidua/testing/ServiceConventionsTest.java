package org.thidua.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every service promises operators, run by each service against the real database and broker: a service's
 * test extends this with {@code @MicronautTest(transactional = false)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceConventionsTest implements RealInfrastructure {

    @Inject
    @Client("/")
    protected HttpClient http;

    @Value("${micronaut.application.name}")
    protected String serviceName;

    @Inject
    protected EmbeddedServer server;

    private final java.net.http.HttpClient plain = java.net.http.HttpClient.newHttpClient();

    @Inject
    protected JdbcOperations jdbc;

    @Inject
    protected TransactionOperations<Connection> transactions;

    @Test
    void theServiceUnderTestListensOnAFreePortNotOnItsOwn() {
        // `./thidua up` holds 8080-8084 while `./mvnw -B verify` runs beside it
        assertThat(server.getPort()).isNotIn(8080, 8081, 8082, 8083, 8084);
    }

    @Test
    void readinessAndLivenessAreUpWithTheDatabaseAndKafka() {
        String readiness = http.toBlocking().retrieve("/health/readiness");
        assertThat(readiness).contains("\"status\":\"UP\"");
        String health = http.toBlocking().retrieve("/health");
        assertThat(health).contains("\"status\":\"UP\"").contains("jdbc").contains("kafka");
        assertThat(http.toBlocking().retrieve("/health/liveness")).contains("\"status\":\"UP\"");
    }

    @Test
    void anonymousHealthIsTheStatusOnlyACallerWithARoleSeesTheDetails() throws Exception {
        HttpResponse<String> anonymous = get("/health", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("jdbc")
                .doesNotContain("kafka")
                .doesNotContain("\"details\":{")
                .doesNotContain("clusterId")
                .doesNotContain("version");
        HttpResponse<String> viewer = get("/health", TestTokens.viewer());
        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(viewer.body()).contains("\"status\":\"UP\"").contains("jdbc").contains("kafka");
    }

    @Test
    void aWellSignedTokenGetsInOnlyWithTheRightIssuerAudienceNotBeforeExpiryAndLifetime() throws Exception {
        assertThat(get("/api/v1/dead-letters", TestTokens.admin(claims -> claims))
                        .statusCode())
                .isEqualTo(200);
        Instant now = Instant.now();
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("another issuer", TestTokens.admin(claims -> claims.issuer("https://login.example.org/other")));
        refused.put("another application's audience", TestTokens.admin(claims -> claims.audience("hr-portal")));
        refused.put("no audience", TestTokens.admin(claims -> claims.audience((String) null)));
        refused.put(
                "nbf in ten minutes",
                TestTokens.admin(claims -> claims.notBeforeTime(Date.from(now.plus(Duration.ofMinutes(10))))));
        refused.put("no exp", TestTokens.admin(claims -> claims.expirationTime(null)));
        refused.put(
                "a 24 h lifetime",
                TestTokens.admin(claims ->
                        claims.issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(24))))));
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (Map.Entry<String, String> token : refused.entrySet()) {
            HttpResponse<String> answer = get("/api/v1/dead-letters", token.getValue());
            statuses.put(token.getKey(), answer.statusCode());
            assertThat(answer.headers().firstValue("Content-Type"))
                    .as(token.getKey())
                    .hasValue("application/problem+json");
        }
        assertThat(statuses)
                .allSatisfy((token, status) -> assertThat(status).as(token).isEqualTo(401));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndApiAnswersAreNotCached() throws Exception {
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("API answer", get("/api/v1/dead-letters", TestTokens.admin()));
        answers.put("problem answer", get("/api/v1/no-such-thing", TestTokens.admin()));
        answers.put("refusal without a token", get("/api/v1/dead-letters", null));
        answers.put("refusal without a role", get("/api/v1/dead-letters", TestTokens.withRoles(List.of())));
        answers.put("health", get("/health", null));
        assertThat(answers.get("API answer").statusCode()).isEqualTo(200);
        assertThat(answers.get("problem answer").statusCode()).isEqualTo(404);
        assertThat(answers.get("refusal without a token").statusCode()).isEqualTo(401);
        assertThat(answers.get("refusal without a role").statusCode()).isEqualTo(403);
        assertThat(answers).allSatisfy((what, answer) -> {
            assertThat(answer.headers().firstValue("X-Content-Type-Options"))
                    .as(what)
                    .hasValue("nosniff");
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .as(what)
                    .hasValue("frame-ancestors 'none'");
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            if (!what.equals("health")) {
                assertThat(answer.headers().firstValue("Cache-Control"))
                        .as(what)
                        .hasValue("no-store");
            }
        });
    }

    /** GET {@code path} with {@code token} (none when null), through a client no test filter touches. */
    private HttpResponse<String> get(String path, String token) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return plain.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * deploy/observability/exported-metrics.txt lists every metric the dashboards and alerts use, with the services
     * that export it and its labels (deploy/validation checks the dashboards and rules against it): after some
     * activity (a request, a dead letter), this service's real scrape has a sample of each of its lines with those
     * labels. ADR 0090.
     */
    @Test
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

    @Test
    void deadLettersCanBeListed() {
        assertThat(http.toBlocking().retrieve("/api/v1/dead-letters")).isEqualTo("[]");
        HttpClientResponseException error = catchThrowableOfType(
                HttpClientResponseException.class, () -> http.toBlocking().retrieve("/api/v1/dead-letters?size=0"));
        assertThat(error.getStatus().getCode()).isEqualTo(400);
        String body = error.getResponse().getBody(String.class).orElseThrow();
        assertThat(body).contains("\"field\":\"size\"");
    }

    @Test
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
    @Test
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
    @Test
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

    @Test
    void openApiAndSwaggerUiAreServed() {
        assertThat(http.toBlocking().retrieve("/swagger/" + serviceName + ".yml"))
                .contains("openapi:")
                .contains("title: " + serviceName);
        assertThat(http.toBlocking().retrieve("/swagger-ui/index.html")).containsIgnoringCase("swagger-ui");
        var redirect = http.toBlocking().exchange(HttpRequest.GET("/swagger-ui"));
        assertThat(redirect.getStatus().getCode()).isLessThan(400);
    }

    @Test
    void anUnknownPathIsA404Problem() {
        HttpClientResponseException error = catchThrowableOfType(
                HttpClientResponseException.class, () -> http.toBlocking().retrieve("/api/v1/no-such-thing"));
        assertThat(error.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(error.getResponse().getContentType().map(Object::toString)).hasValue("application/problem+json");
        String body = error.getResponse().getBody(String.class).orElseThrow();
        assertThat(body)
                .contains("\"type\":\"https://thidua.org/problems/not-found\"")
                .contains("\"status\":404");
    }

    @Test
    void theDocumentAsksForABearerTokenAndHasThePlatformsDeadLetters() {
        OpenAPI document = new OpenAPIV3Parser()
                .readContents(http.toBlocking().retrieve("/swagger/" + serviceName + ".yml"))
                .getOpenAPI();
        SecurityScheme bearer = document.getComponents().getSecuritySchemes().get("bearer");
        assertThat(bearer.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(bearer.getScheme()).isEqualTo("bearer");
        assertThat(bearer.getBearerFormat()).isEqualTo("JWT");
        assertThat(document.getSecurity())
                .singleElement()
                .satisfies(required -> assertThat(required).containsOnlyKeys("bearer"));
        assertThat(document.getPaths())
                .containsKeys(
                        "/api/v1/dead-letters",
                        "/api/v1/dead-letters/{id}",
                        "/api/v1/dead-letters/{id}/replay",
                        "/api/v1/dead-letters/replay",
                        "/api/v1/dead-letters/replays",
                        "/api/v1/operations/status");
    }
}
