package org.thidua.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.EventSchemas;
import org.thidua.contracts.Topics;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.testing.CloudEventSender;
import org.thidua.testing.DatabaseState;
import org.thidua.testing.JsonApi;
import org.thidua.testing.RealInfrastructure;

/** The walking skeleton's consuming half: unit events become the recipients projection, once. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecipientProjectionTest implements RealInfrastructure {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private final CloudEventSender sender = new CloudEventSender();

    @AfterAll
    void close() {
        sender.close();
    }

    @Test
    void theSchemaExampleOfUnitRegisteredBecomesARecipient() throws Exception {
        ObjectNode example =
                (ObjectNode) EventSchemas.examples(UnitRegistered.TYPE).get(0).deepCopy();
        String unitId = UUID.randomUUID().toString();
        example.put("unitId", unitId);
        sender.send(Topics.UNITS, UnitRegistered.TYPE, unitId, example.toString());

        JsonNode recipient = awaitRecipient(unitId);
        assertThat(recipient.get("code").asText()).isEqualTo(example.get("code").asText());
        assertThat(recipient.get("name").asText()).isEqualTo("Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa");
        assertThat(recipient.get("language").asText()).isEqualTo("vi");
        assertThat(recipient.get("active").asBoolean()).isTrue();
    }

    @Test
    void aRedeliveredEventChangesNothing() throws Exception {
        String unitId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        byte[] data = ("{\"unitId\":\"" + unitId + "\",\"code\":\"RE-1\",\"name\":\"Lần đầu\",\"language\":\"en\","
                        + "\"active\":true,\"registeredAt\":\"2019-07-18T02:50:00Z\"}")
                .getBytes(StandardCharsets.UTF_8);
        sender.send(Topics.UNITS, eventId, UnitRegistered.TYPE, unitId, data);
        String firstUpdate = awaitRecipient(unitId).get("updatedAt").asText();

        sender.send(Topics.UNITS, eventId, UnitRegistered.TYPE, unitId, data);
        String marker = UUID.randomUUID().toString();
        sender.send(
                Topics.UNITS,
                UnitRegistered.TYPE,
                marker,
                "{\"unitId\":\"" + marker + "\",\"code\":\"M\","
                        + "\"name\":\"Marker\",\"language\":\"vi\",\"active\":true,\"registeredAt\":\"2019-07-18T02:50:00Z\"}");
        awaitRecipient(marker);
        // same key => same partition => the duplicate was handled before the marker if they shared a partition;
        // the processed_event row count proves it was seen once regardless of partitioning.
        await().atMost(Duration.ofSeconds(20)).until(() -> processedCount(eventId) == 1);
        assertThat(awaitRecipient(unitId).get("updatedAt").asText()).isEqualTo(firstUpdate);
        assertThat(processedCount(eventId)).isEqualTo(1L);
    }

    @Test
    void anUnknownUnitIsA404Problem() {
        JsonNode problem = new JsonApi(http.toBlocking())
                .problem(HttpRequest.GET("/api/v1/recipients/units/" + UUID.randomUUID()), 404);
        assertThat(problem.path("type").asText()).isEqualTo("https://thidua.org/problems/not-found");
    }

    private long processedCount(String eventId) {
        return new DatabaseState(jdbc, transactions)
                .count("SELECT COUNT(*) FROM processed_event WHERE event_id = ?", eventId);
    }

    private JsonNode awaitRecipient(String unitId) throws Exception {
        String[] body = new String[1];
        await().atMost(Duration.ofSeconds(30))
                .ignoreException(HttpClientResponseException.class)
                .until(() -> {
                    body[0] = http.toBlocking().retrieve("/api/v1/recipients/units/" + unitId);
                    return true;
                });
        return JsonApi.read(body[0]);
    }
}
