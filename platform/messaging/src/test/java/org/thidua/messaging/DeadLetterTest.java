package org.thidua.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.Topics;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.testing.CloudEventSender;
import org.thidua.testing.DatabaseState;
import org.thidua.testing.Headers;
import org.thidua.testing.JsonApi;
import org.thidua.testing.RealInfrastructure;
import org.thidua.testing.TestInfrastructure;
import org.thidua.testing.TopicReader;

/** 100 poison records among 1,000 good ones: every good one has its effect, every poison one is a dead letter. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterTest implements RealInfrastructure {

    /** A payload that is not UTF-8 text (a lone continuation byte, an invalid lead byte): shown as base64. */
    private static final byte[] NOT_TEXT = {(byte) 0x80, (byte) 0xff, 0x00, 0x41};

    @Inject
    RecordingHandler handler;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    @Client("/")
    HttpClient http;

    private final CloudEventSender sender = new CloudEventSender();
    private final KafkaProducer<String, byte[]> raw = new KafkaProducer<>(
            Map.of("bootstrap.servers", TestInfrastructure.get().kafkaBootstrapServers()),
            new StringSerializer(),
            new ByteArraySerializer());

    @AfterAll
    void close() {
        sender.close();
        raw.close();
    }

    @Test
    void poisonGoesToTheDeadLettersThePartitionMovesOnAndAReplayAfterTheFixCompletesTheWork() throws Exception {
        int good = 0;
        int bugs = 0;
        int notCloudEvents = 0;
        int schemaViolations = 0;
        for (int i = 0; i < 1_100; i++) {
            String unitId = UUID.randomUUID().toString();
            if (i % 11 != 10) {
                sender.send(Topics.UNITS, UnitRegistered.TYPE, unitId, unit(unitId, "DL-GOOD-" + i));
                good++;
            } else if (bugs < 50) {
                sender.send(Topics.UNITS, UnitRegistered.TYPE, unitId, unit(unitId, "BUG-" + i));
                bugs++;
            } else if (notCloudEvents < 25) {
                byte[] payload = notCloudEvents == 0 ? NOT_TEXT : "not json at all".getBytes(StandardCharsets.UTF_8);
                raw.send(new ProducerRecord<>(Topics.UNITS, "DL-NOT-CE-" + i, payload))
                        .get();
                notCloudEvents++;
            } else {
                sender.send(
                        Topics.UNITS,
                        UnitRegistered.TYPE,
                        unitId,
                        "{\"unitId\":\"" + unitId + "\",\"code\":\"DL-BAD-" + i + "\"}");
                schemaViolations++;
            }
        }
        assertThat(good).isEqualTo(1_000);
        assertThat(bugs + notCloudEvents + schemaViolations).isEqualTo(100);

        await().atMost(Duration.ofSeconds(120))
                .until(() -> count("SELECT COUNT(*) FROM test_effect WHERE unit_code LIKE 'DL-GOOD-%'") == 1_000
                        && count("SELECT COUNT(*) FROM dead_letter WHERE " + NOT_OPERATIONS) == 100);
        assertThat(count("SELECT COUNT(*) FROM test_effect WHERE unit_code LIKE 'DL-GOOD-%'"))
                .isEqualTo(1_000);
        assertThat(count("SELECT COUNT(*) FROM test_effect WHERE unit_code LIKE 'BUG-%'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM dead_letter WHERE error_class = 'java.lang.IllegalStateException' AND "
                        + NOT_OPERATIONS))
                .isEqualTo(50);
        assertThat(count("SELECT COUNT(*) FROM dead_letter WHERE event_type IS NULL"))
                .isEqualTo(25);
        assertThat(count("SELECT COUNT(*) FROM dead_letter WHERE error_class LIKE '%PoisonRecordException'"))
                .isEqualTo(50);

        // every dead letter is also on the service's dead-letter topic, with where it came from
        try (TopicReader dlq = new TopicReader(Topics.deadLetters("messaging-test"))) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> dlq.poll(DeadLetterTest::notOperations).size() == 100);
            var first = dlq.poll(r -> true).get(0);
            assertThat(Headers.of(first, "thidua_dlq_original_topic")).isEqualTo(Topics.UNITS);
            assertThat(Headers.of(first, "thidua_dlq_original_offset")).matches("\\d+");
            assertThat(Headers.of(first, "thidua_dlq_exception_class")).isNotBlank();
        }

        String listed = http.toBlocking().retrieve("/api/v1/dead-letters?status=DEAD&size=500");
        assertThat(listed.split("\"status\":\"DEAD\"", -1)).hasSize(101);

        // one dead letter shows what failed: where it came from, the error, its headers and its payload
        long bug = count("SELECT MIN(id) FROM dead_letter WHERE error_class = 'java.lang.IllegalStateException'");
        JsonNode detail = new JsonApi(http.toBlocking()).get("/api/v1/dead-letters/" + bug);
        assertThat(detail.get("topic").asText()).isEqualTo(Topics.UNITS);
        assertThat(detail.get("partition").isInt()).isTrue();
        assertThat(detail.get("offset").asLong()).isNotNegative();
        assertThat(detail.get("consumer").asText()).isEqualTo("test.recording");
        assertThat(detail.get("errorClass").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(detail.get("failedAt").asText()).isNotBlank();
        assertThat(detail.get("headers").get("ce_type").asText()).isEqualTo(UnitRegistered.TYPE);
        assertThat(detail.get("headers").get("ce_id").asText())
                .isEqualTo(detail.get("eventId").asText());
        assertThat(detail.get("payloadEncoding").asText()).isEqualTo("TEXT");
        assertThat(detail.get("payload").asText()).contains("\"code\":\"BUG-").contains("Đơn vị BUG-");
        long text = count("SELECT MIN(id) FROM dead_letter WHERE event_type IS NULL AND payload = 'not json at all'");
        JsonNode notJson = new JsonApi(http.toBlocking()).get("/api/v1/dead-letters/" + text);
        assertThat(notJson.get("payload").asText()).isEqualTo("not json at all");
        assertThat(notJson.get("payloadEncoding").asText()).isEqualTo("TEXT");
        long binary =
                count("SELECT MIN(id) FROM dead_letter WHERE event_type IS NULL AND payload <> 'not json at all'");
        JsonNode notText = new JsonApi(http.toBlocking()).get("/api/v1/dead-letters/" + binary);
        assertThat(notText.get("payloadEncoding").asText()).isEqualTo("BASE64");
        assertThat(Base64.getDecoder().decode(notText.get("payload").asText())).isEqualTo(NOT_TEXT);
        HttpClientResponseException unknown = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking().exchange("/api/v1/dead-letters/" + (Long.MAX_VALUE - 1)));
        assertThat(unknown.getStatus().getCode()).isEqualTo(404);
        assertThat(unknown.getResponse().getContentType().map(Object::toString)).hasValue("application/problem+json");

        // the bug is fixed: replaying every dead letter of the type turns the 50 into effects; the 25 with data
        // that violates the schema stay dead, as no code fix can mend them
        handler.bugFixed = true;
        String summary = http.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                "/api/v1/dead-letters/replay?dryRun=false&eventType=" + UnitRegistered.TYPE, ""),
                        String.class);
        assertThat(summary).contains("\"replayed\":50").contains("\"stillFailing\":25");
        assertThat(count("SELECT COUNT(*) FROM test_effect WHERE unit_code LIKE 'BUG-%'"))
                .isEqualTo(50);
        assertThat(count("SELECT COUNT(*) FROM dead_letter WHERE status = 'DEAD'"))
                .isEqualTo(50);

        long notCloudEvent = count("SELECT MIN(id) FROM dead_letter WHERE event_type IS NULL");
        HttpClientResponseException stillPoison = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking()
                        .exchange(HttpRequest.POST("/api/v1/dead-letters/" + notCloudEvent + "/replay", "")));
        assertThat(stillPoison.getStatus().getCode()).isEqualTo(409);
        assertThat(stillPoison.getResponse().getBody(String.class).orElseThrow().toString())
                .contains("\"currentState\":\"DEAD\"")
                .contains("Not a CloudEvents record");

        // a replay twice changes nothing
        long replayed = count("SELECT MIN(id) FROM dead_letter WHERE status = 'REPLAYED'");
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/dead-letters/" + replayed + "/replay", ""));
        assertThat(count("SELECT COUNT(*) FROM test_effect WHERE unit_code LIKE 'BUG-%'"))
                .isEqualTo(50);
    }

    /** Not a dead letter of {@link DeadLetterOperationsTest}, which may run before in the same database and broker. */
    private static final String NOT_OPERATIONS = "(error_message IS NULL OR error_message NOT LIKE '%BUGOPS%')";

    private static boolean notOperations(ConsumerRecord<String, byte[]> record) {
        return record.value() == null || !new String(record.value(), StandardCharsets.UTF_8).contains("BUGOPS");
    }

    private static String unit(String unitId, String code) {
        return "{\"unitId\":\"" + unitId + "\",\"code\":\"" + code + "\",\"name\":\"Đơn vị " + code
                + "\",\"language\":\"vi\",\"active\":true,\"registeredAt\":\"2019-07-18T02:50:00Z\"}";
    }

    private long count(String sql) {
        return new DatabaseState(jdbc, transactions).count(sql);
    }
}
