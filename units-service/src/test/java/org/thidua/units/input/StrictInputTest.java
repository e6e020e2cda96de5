package org.thidua.units.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thidua.testing.JsonApi.assertDescribesNoInternals;
import static org.thidua.testing.JsonApi.fields;
import static org.thidua.testing.JsonApi.message;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thidua.testing.DatabaseState;
import org.thidua.units.Api;
import org.thidua.units.UnitsApiTest;

/** What units-service reads from a request: the right JSON types, clean text, identifiers in paths (ADR 8, 9). */
@MicronautTest(transactional = false)
class StrictInputTest extends UnitsApiTest {

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private DatabaseState database;
    private String group;

    @BeforeAll
    void setUp() {
        database = new DatabaseState(jdbc, transactions);
        group = api.group("BLOCK", 2026, "STRICT-KHOI", "Khối kiểm tra");
    }

    @Test
    void aValueOfTheWrongJsonTypeIsRefusedNamingTheFieldNotCoerced() {
        assertRefused("POST", "/api/v1/units", "{\"code\": 123, \"name\": \"Vụ A\"}", "code", "must be text");
        assertRefused(
                "POST", "/api/v1/units", "{\"code\": \"STRICT-1\", \"name\": [\"Vụ A\"]}", "name", "must be text");
        assertRefused("POST", "/api/v1/units", "{\"code\": \"STRICT-2\", \"name\": true}", "name", "must be text");
        assertRefused(
                "POST",
                "/api/v1/units",
                "{\"code\": \"STRICT-3\", \"name\": {\"vi\": \"Vụ A\"}}",
                "name",
                "must be text");
        assertRefused(
                "POST",
                "/api/v1/groups",
                "{\"kind\": \"BLOCK\", \"year\": \"2026\", \"code\": \"STRICT-K1\", \"name\": \"Khối\"}",
                "year",
                "must be a whole number");
        assertRefused(
                "POST",
                "/api/v1/groups",
                "{\"kind\": \"BLOCK\", \"year\": 2026.5, \"code\": \"STRICT-K2\", \"name\": \"Khối\"}",
                "year",
                "must be a whole number");
        assertRefused(
                "PUT", "/api/v1/groups/" + group + "/members", "{\"unitIds\": \"abc\"}", "unitIds", "must be a list");
        assertRefused(
                "PUT",
                "/api/v1/groups/" + group + "/members",
                "{\"unitIds\": [\"x\", 1]}",
                "unitIds[1]",
                "must be text");
    }

    @Test
    void aBodyThatCannotBeReadIsAnsweredInPlainWordsWithTheLineAndColumn() {
        JsonNode broken = refused("POST", "/api/v1/units", "{\"code\": \"STRICT-4\",\n \"name\": ");
        assertThat(broken.path("type").asText()).isEqualTo("https://thidua.org/problems/malformed-request");
        assertThat(broken.path("detail").asText())
                .startsWith("The body is not valid JSON")
                .contains("line 2");
        assertDescribesNoInternals(broken);

        JsonNode notAnObject = refused("POST", "/api/v1/units", "[\"STRICT-5\"]");
        assertThat(fields(notAnObject)).containsExactly("request");
        assertThat(message(notAnObject, "request")).contains("line 1, column 2");
        assertDescribesNoInternals(notAnObject);

        assertDescribesNoInternals(refused("POST", "/api/v1/units", "{\"code\": 123, \"name\": \"Vụ A\"}"));
        assertDescribesNoInternals(refused("PUT", "/api/v1/groups/" + group + "/members", "{\"unitIds\": {}}"));
    }

    @Test
    void controlCharactersBidiOverridesAndLoneSurrogatesAreRefusedNamingTheField() {
        assertThat(assertRefused(
                        "POST",
                        "/api/v1/units",
                        "{\"code\": \"STRICT-6\", \"name\": \"Vụ \\u202Eexe.txt\"}",
                        "name",
                        "must not contain bidirectional override characters"))
                .contains("U+202E");
        assertThat(assertRefused(
                        "POST",
                        "/api/v1/units",
                        "{\"code\": \"STRICT-7\", \"name\": \"Vụ\\u0000A\"}",
                        "name",
                        "must not contain control characters"))
                .contains("U+0000");
        assertThat(assertRefused(
                        "POST",
                        "/api/v1/units",
                        "{\"code\": \"STRICT-8\", \"name\": \"Vụ \\ud800A\"}",
                        "name",
                        "must not contain a lone surrogate"))
                .contains("U+D800");
        assertRefused(
                "PUT",
                "/api/v1/groups/" + group + "/members",
                "{\"unitIds\": [\"a\\u2066b\"]}",
                "unitIds[0]",
                "must not contain bidirectional override characters");
        assertThat(database.count("SELECT COUNT(*) FROM unit WHERE code LIKE 'STRICT-%'"))
                .isZero();
    }

    @Test
    void aCsvCellWithABidiOverrideRefusesTheImportNamingTheRow() {
        String before = fingerprint();
        JsonNode problem = api.problem(
                Api.csv("/api/v1/imports/units", "code,name\r\nSTRICT-CSV-1,Vụ một\r\nSTRICT-CSV-2,Vụ \u202Ehai\r\n"),
                400);

        assertThat(fields(problem)).containsExactly("rows[3]");
        assertThat(message(problem, "rows[3]")).startsWith("name must not contain bidirectional override");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void anOverLongOrMalformedPathIdIsRefusedBeforeAnyQuery() {
        JsonNode longId = api.problem(HttpRequest.GET("/api/v1/units/" + "x".repeat(300)), 400);
        assertThat(fields(longId)).containsExactly("id");
        assertDescribesNoInternals(longId);

        JsonNode quoted = api.problem(HttpRequest.GET("/api/v1/groups/" + group + "%27%20OR%201=1/members"), 400);
        assertThat(fields(quoted)).containsExactly("id");

        String before = fingerprint();
        JsonNode move = api.problem(
                HttpRequest.POST("/api/v1/units/" + "u".repeat(65) + "/deactivate", "{\"reason\": \"sáp nhập\"}")
                        .contentType("application/json"),
                400);
        assertThat(fields(move)).containsExactly("id");
        assertThat(fingerprint()).isEqualTo(before);
    }

    /** Sends raw JSON that must be refused with 400 and change nothing; returns the message of {@code field}. */
    private String assertRefused(String method, String path, String json, String field, String message) {
        JsonNode problem = refused(method, path, json);
        assertThat(problem.path("type").asText()).isEqualTo("https://thidua.org/problems/validation");
        assertThat(fields(problem)).containsExactly(field);
        assertThat(message(problem, field)).startsWith(message);
        assertDescribesNoInternals(problem);
        return message(problem, field);
    }

    private JsonNode refused(String method, String path, String json) {
        String before = fingerprint();
        MutableHttpRequest<String> request =
                "PUT".equals(method) ? HttpRequest.PUT(path, json) : HttpRequest.POST(path, json);
        JsonNode problem = api.problem(request.contentType("application/json"), 400);
        assertThat(fingerprint())
                .as("nothing written or published by %s %s", method, path)
                .isEqualTo(before);
        return problem;
    }

    private String fingerprint() {
        return database.fingerprint("SELECT (SELECT COUNT(*) FROM outbox_event), (SELECT COUNT(*) FROM unit), "
                + "(SELECT COUNT(*) FROM unit_group), (SELECT COUNT(*) FROM group_membership)");
    }
}
