package org.thidua.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thidua.testing.JsonApi.fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.EventSchemas;
import org.thidua.contracts.Topics;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.testing.Headers;
import org.thidua.testing.RealInfrastructure;
import org.thidua.testing.TopicReader;
import org.thidua.units.unit.UnitRepository;

/** The walking skeleton's producing half: a registered unit and its event, against the real database and broker. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitRegistrationTest implements RealInfrastructure {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    UnitRepository repository;

    private final TopicReader units = new TopicReader(Topics.UNITS);

    @AfterAll
    void close() {
        units.close();
    }

    @Test
    void registeringAUnitPublishesExactlyOneCloudEventThatMatchesItsSchema() throws Exception {
        HttpResponse<String> response = http.toBlocking()
                .exchange(
                        HttpRequest.POST(
                                        "/api/v1/units",
                                        Map.of(
                                                "code",
                                                "VPQH-TH",
                                                "name",
                                                "Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa",
                                                "shortName",
                                                "VP Thanh Hóa"))
                                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
                        String.class);

        assertThat(response.status().getCode()).isEqualTo(HttpStatus.CREATED.getCode());
        JsonNode unit = JSON.readTree(response.body());
        String id = unit.get("id").asText();
        assertThat(response.header("Location")).isEqualTo("/api/v1/units/" + id);
        assertThat(unit.get("language").asText()).isEqualTo("vi");
        assertThat(http.toBlocking().retrieve("/api/v1/units/" + id, String.class))
                .contains("VPQH-TH");

        await().atMost(Duration.ofSeconds(20)).until(() -> units.withKey(id).size() == 1);
        ConsumerRecord<String, byte[]> record = units.withKey(id).get(0);
        assertThat(Headers.of(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(Headers.of(record, "ce_type")).isEqualTo(UnitRegistered.TYPE);
        assertThat(Headers.of(record, "ce_source")).isEqualTo("/units-service");
        assertThat(Headers.of(record, "ce_subject")).isEqualTo(id);
        assertThat(Headers.of(record, "ce_id")).matches("[0-9a-f-]{36}");
        assertThat(Headers.of(record, "ce_time")).isNotBlank();
        assertThat(Headers.of(record, "content-type")).isEqualTo("application/json");
        assertThat(Headers.of(record, "traceparent"))
                .as("same trace as the HTTP request, new span")
                .startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-")
                .isNotEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(EventSchemas.violations(UnitRegistered.TYPE, record.value())).isEmpty();
        JsonNode data = JSON.readTree(record.value());
        assertThat(data.get("code").asText()).isEqualTo("VPQH-TH");
        assertThat(data.get("name").asText()).isEqualTo("Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa");
    }

    @Test
    void badInputIsA4xxProblemNamingTheFieldAndWritesAndPublishesNothing() throws Exception {
        register(Map.of("code", "DUP-1", "name", "Vụ Hành chính"));
        long countBefore = repository.count();

        JsonNode missingName = problem(Map.of("code", "BAD-1"), HttpStatus.BAD_REQUEST);
        assertThat(fields(missingName)).containsExactly("name");
        assertThat(missingName.get("type").asText()).isEqualTo("https://thidua.org/problems/validation");

        JsonNode longName = problem(Map.of("code", "BAD-2", "name", "x".repeat(256)), HttpStatus.BAD_REQUEST);
        assertThat(fields(longName)).containsExactly("name");

        JsonNode several = problem(Map.of("code", "bad code!", "name", " ", "language", "fr"), HttpStatus.BAD_REQUEST);
        assertThat(fields(several)).containsExactly("code", "language", "name");

        JsonNode duplicate = problem(Map.of("code", "DUP-1", "name", "Another"), HttpStatus.CONFLICT);
        assertThat(fields(duplicate)).containsExactly("code");
        assertThat(duplicate.get("type").asText()).isEqualTo("https://thidua.org/problems/duplicate");

        JsonNode notJson = problem("{\"code\": ", HttpStatus.BAD_REQUEST);
        assertThat(notJson.get("status").asInt()).isEqualTo(400);

        // Nothing written:
        assertThat(repository.count()).isEqualTo(countBefore);
        // Nothing published: the relay publishes in commit order, so once a later unit's event is on the topic,
        // an event of a rejected request would be there too.
        String marker = register(Map.of("code", "MARKER-1", "name", "Marker"));
        assertThat(repository.existsByCode("BAD-1")).isFalse();
        await().atMost(Duration.ofSeconds(20)).until(() -> units.withKey(marker).size() == 1);
        // other test classes publish other types to the same topic: read the registrations
        List<String> codes = units.poll(r -> UnitRegistered.TYPE.equals(Headers.of(r, "ce_type"))).stream()
                .map(r -> code(r.value()))
                .toList();
        assertThat(codes)
                .contains("DUP-1", "MARKER-1")
                .doesNotContain("BAD-1", "BAD-2", "bad code!")
                .containsOnlyOnce("DUP-1");
    }

    private String register(Map<String, String> body) throws Exception {
        String response = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/units", body), String.class);
        return JSON.readTree(response).get("id").asText();
    }

    private JsonNode problem(Object body, HttpStatus expected) {
        return new Api(http)
                .problem(HttpRequest.POST("/api/v1/units", body).contentType("application/json"), expected.getCode());
    }

    private static String code(byte[] json) {
        try {
            return JSON.readTree(new String(json, StandardCharsets.UTF_8))
                    .get("code")
                    .asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
