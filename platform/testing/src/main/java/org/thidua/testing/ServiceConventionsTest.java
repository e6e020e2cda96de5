package org.thidua.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Test
    void prometheusExportsEveryMetricTheDashboardsAndAlertsUseWithItsLabels() throws Exception {
        operations().prometheusExportsEveryMetricTheDashboardsAndAlertsUseWithItsLabels();
    }

    @Test
    void deadLettersCanBeListed() {
        operations().deadLettersCanBeListed();
    }

    @Test
    void aDeadLetterShowsItsHeadersAndPayloadAndAnUnknownOneIsA404Problem() {
        operations().aDeadLetterShowsItsHeadersAndPayloadAndAnUnknownOneIsA404Problem();
    }

    @Test
    void theOperationsStatusSaysWhatTheMetricsSay() throws Exception {
        operations().theOperationsStatusSaysWhatTheMetricsSay();
    }

    @Test
    void aFilteredReplayIsADryRunFirstAndEveryReplayIsAuditedWithTheTokensActor() {
        operations().aFilteredReplayIsADryRunFirstAndEveryReplayIsAuditedWithTheTokensActor();
    }

    private OperationsConventions operations() {
        return new OperationsConventions(http, serviceName, jdbc, transactions);
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
