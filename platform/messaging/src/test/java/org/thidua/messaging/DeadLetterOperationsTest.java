package org.thidua.messaging;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.Topics;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.testing.CloudEventSender;
import org.thidua.testing.DatabaseState;
import org.thidua.testing.JsonApi;
import org.thidua.testing.RealInfrastructure;

/**
 * Dead letters an operator works with (ADR 93): three poison records of the recording consumer (a bug in its handler)
 * are found by consumer, event type, a piece of the error and the time they failed; a filtered replay is a dry run
 * that changes nothing, then a real one while the bug is still there fails again and counts an attempt, then one after
 * the fix completes the work; the audit lists all three, newest first.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterOperationsTest implements RealInfrastructure {

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

    @AfterAll
    void close() {
        sender.close();
    }

    @Test
    void filtersFindThePoisonADryRunChangesNothingAndAReplayAfterTheFixIsAudited() {
        // BUG makes the recording handler fail; BUGOPS keeps these apart from DeadLetterTest's, in the same database
        String tag = "BUGOPS" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Instant start = Instant.now().minusSeconds(1);
        for (int i = 1; i <= 3; i++) {
            String unitId = UUID.randomUUID().toString();
            sender.send(Topics.UNITS, UnitRegistered.TYPE, unitId, unit(unitId, tag + "-" + i));
        }
        String byError = "/api/v1/dead-letters?error=" + tag.toLowerCase();
        await().atMost(Duration.ofSeconds(60)).until(() -> api().get(byError).size() == 3);
        JsonApi api = api();

        // each letter carries where it came from, what it carried and how often it failed
        JsonNode letters = api.get(byError);
        JsonNode first = letters.get(0);
        assertThat(first.path("consumer").asText()).isEqualTo("test.recording");
        assertThat(first.path("service").asText()).isEqualTo("messaging-test");
        assertThat(first.path("attempts").asInt()).isEqualTo(1);
        assertThat(first.path("firstFailedAt").asText())
                .isEqualTo(first.path("lastFailedAt").asText());
        assertThat(first.path("headers").path("ce_type").asText()).isEqualTo(UnitRegistered.TYPE);
        // the partitions fail in any order: the first letter is one of the three, its error names its unit
        String code = JsonApi.read(first.path("payload").asText()).path("code").asText();
        assertThat(code).startsWith(tag + "-");
        assertThat(first.path("errorMessage").asText()).contains(code);

        // the filters narrow the list: consumer, event type, the error in any case, and when they failed
        assertThat(api.get(byError + "&consumer=test.recording&eventType=" + UnitRegistered.TYPE))
                .hasSize(3);
        assertThat(api.get(byError + "&consumer=another.consumer")).isEmpty();
        assertThat(api.get(byError + "&eventType=thidua.units.unit-deactivated.v1"))
                .isEmpty();
        assertThat(api.get("/api/v1/dead-letters?error=" + tag.toLowerCase() + "-2"))
                .hasSize(1);
        assertThat(api.get(byError + "&from=" + start + "&to=" + Instant.now().plusSeconds(60)))
                .hasSize(3);
        assertThat(api.get(byError + "&from=" + Instant.now().plusSeconds(60))).isEmpty();
        assertThat(api.get(byError + "&status=REPLAYED")).isEmpty();
        // a time that is no time, or one no dead letter can have, is refused naming the field
        assertThat(JsonApi.fields(api.problem(HttpRequest.GET(byError + "&from=yesterday"), 400)))
                .containsExactly("from");
        assertThat(JsonApi.fields(api.problem(HttpRequest.GET(byError + "&to=1970-01-01T00:00:00Z"), 400)))
                .containsExactly("to");

        // a dry run (the default) says what it would replay and re-drives nothing
        String replay = "/api/v1/dead-letters/replay?error=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
        JsonNode dryRun = api.post(replay, null);
        assertThat(dryRun.path("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.path("matched").asInt()).isEqualTo(3);
        assertThat(dryRun.path("ids")).hasSize(3);
        assertThat(dryRun.path("ids").get(0).asLong())
                .isEqualTo(first.path("id").asLong());
        assertThat(dryRun.path("replayed").asInt()).isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM dead_letter WHERE error_message LIKE ? AND status = 'DEAD'"
                                + " AND attempts = 1 AND replay_error IS NULL",
                        "%" + tag + "%"))
                .isEqualTo(3);

        // the bug is still there: a real replay fails again and counts the attempt
        JsonNode stillBroken = api.post(replay + "&dryRun=false", null);
        assertThat(stillBroken.path("replayed").asInt()).isZero();
        assertThat(stillBroken.path("stillFailing").asInt()).isEqualTo(3);
        JsonNode again = api.get(byError).get(0);
        assertThat(again.path("attempts").asInt()).isEqualTo(2);
        assertThat(Instant.parse(again.path("lastFailedAt").asText()))
                .isAfter(Instant.parse(again.path("firstFailedAt").asText()));

        // fixed: the replay completes the work, once per event
        handler.bugFixed = true;
        JsonNode fixed = api.post(replay + "&dryRun=false", null);
        assertThat(fixed.path("matched").asInt()).isEqualTo(3);
        assertThat(fixed.path("replayed").asInt()).isEqualTo(3);
        assertThat(fixed.path("stillFailing").asInt()).isZero();
        assertThat(count("SELECT COUNT(*) FROM test_effect WHERE unit_code LIKE ?", tag + "-%"))
                .isEqualTo(3);
        assertThat(api.get(byError + "&status=REPLAYED")).hasSize(3);
        assertThat(api.post(replay + "&dryRun=false", null).path("matched").asInt())
                .isZero();

        // the audit: newest first, who (no token here: the system), the filter, what came of it
        JsonNode replays = api.get("/api/v1/dead-letters/replays?size=4");
        assertThat(replays.get(0).path("matched").asInt()).isZero();
        assertThat(replays.get(1).path("replayed").asInt()).isEqualTo(3);
        assertThat(replays.get(1).path("dryRun").asBoolean()).isFalse();
        assertThat(replays.get(1).path("actor").asText()).isEqualTo(ActorSource.SYSTEM);
        assertThat(replays.get(1).path("filter").path("error").asText()).isEqualTo(tag);
        assertThat(replays.get(2).path("stillFailing").asInt()).isEqualTo(3);
        assertThat(replays.get(3).path("dryRun").asBoolean()).isTrue();
        assertThat(replays.get(3).path("ids")).hasSize(3);
    }

    private JsonApi api() {
        return new JsonApi(http.toBlocking());
    }

    private long count(String sql, Object... parameters) {
        return new DatabaseState(jdbc, transactions).count(sql, parameters);
    }

    private static String unit(String unitId, String code) {
        return "{\"unitId\":\"" + unitId + "\",\"code\":\"" + code + "\",\"name\":\"Đơn vị " + code
                + "\",\"language\":\"vi\",\"active\":true,\"registeredAt\":\"2019-07-18T02:50:00Z\"}";
    }
}
