package org.thidua.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.inject.Inject;
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
    void prometheusMetricsIncludeTheOutbox() {
        assertThat(http.toBlocking().retrieve("/prometheus")).contains("jvm_memory_used_bytes")
                .contains("thidua_outbox_backlog").contains("thidua_outbox_oldest_age_seconds")
                .contains("thidua_outbox_published_total").contains("thidua_outbox_failures_total");
    }

    @Test
    void deadLettersCanBeListed() {
        assertThat(http.toBlocking().retrieve("/api/v1/dead-letters")).isEqualTo("[]");
        HttpClientResponseException error = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve("/api/v1/dead-letters?size=0"));
        assertThat(error.getStatus().getCode()).isEqualTo(400);
        String body = error.getResponse().getBody(String.class).orElseThrow();
        assertThat(body).contains("\"field\":\"size\"");
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        assertThat(http.toBlocking().retrieve("/swagger/" + serviceName + ".yml")).contains("openapi:")
                .contains("title: " + serviceName);
        assertThat(http.toBlocking().retrieve("/swagger-ui/index.html")).containsIgnoringCase("swagger-ui");
        var redirect = http.toBlocking().exchange(HttpRequest.GET("/swagger-ui"));
        assertThat(redirect.getStatus().getCode()).isLessThan(400);
    }

    @Test
    void anUnknownPathIsA404Problem() {
        HttpClientResponseException error = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve("/api/v1/no-such-thing"));
        assertThat(error.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(error.getResponse().getContentType().map(Object::toString)).hasValue("application/problem+json");
        String body = error.getResponse().getBody(String.class).orElseThrow();
        assertThat(body)
                .contains("\"type\":\"https://thidua.org/problems/not-found\"").contains("\"status\":404");
    }

    @Test
    void theDocumentAsksForABearerTokenAndHasThePlatformsDeadLetters() {
        OpenAPI document = new OpenAPIV3Parser()
                .readContents(http.toBlocking().retrieve("/swagger/" + serviceName + ".yml")).getOpenAPI();
        SecurityScheme bearer = document.getComponents().getSecuritySchemes().get("bearer");
        assertThat(bearer.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(bearer.getScheme()).isEqualTo("bearer");
        assertThat(bearer.getBearerFormat()).isEqualTo("JWT");
        assertThat(document.getSecurity()).singleElement().satisfies(required ->
                assertThat(required).containsOnlyKeys("bearer"));
        assertThat(document.getPaths()).containsKeys("/api/v1/dead-letters", "/api/v1/dead-letters/{id}",
                "/api/v1/dead-letters/{id}/replay", "/api/v1/dead-letters/replay");
    }
}
