package org.thidua.campaigns.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thidua.campaigns.CampaignsApi.TODAY;
import static org.thidua.campaigns.CampaignsApi.campaign;
import static org.thidua.testing.JsonApi.JSON;
import static org.thidua.testing.JsonApi.assertDescribesNoInternals;
import static org.thidua.testing.JsonApi.fields;
import static org.thidua.testing.JsonApi.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.campaigns.CampaignsApi;
import org.thidua.testing.RealInfrastructure;

/** What campaigns-service reads from a request: the right JSON types, sane dates, clean text (ADR 8, 9). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictInputTest implements RealInfrastructure {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private CampaignsApi api;
    private String campaignId;

    @BeforeAll
    void setUp() {
        api = new CampaignsApi(client.toBlocking(), jdbc, transactions);
        campaignId = api.post("/api/v1/campaigns", campaign("STRICT-0", TODAY.plusDays(10), List.of()))
                .get("id")
                .asText();
    }

    @AfterAll
    void close() {
        api.close();
    }

    @Test
    void campaignDatesOutsideTheYears1900To2199AreRefusedNamingTheField() {
        assertRefused(
                campaignWith("startDate", "+10000-01-01"), "startDate", "must be between 1900-01-01 and 2199-12-31");
        assertRefused(campaignWith("endDate", "-999999999-01-01"), "endDate", "must be between");
        assertRefused(campaignWith("registrationDeadline", "1899-12-31"), "registrationDeadline", "must be between");
        assertRefused(campaignWith("startDate", "01/02/2026"), "startDate", "must be a date written yyyy-mm-dd");
        ObjectNode period = campaignWith("code", "STRICT-P");
        ((ObjectNode) period.withArray("periods").get(0)).put("submissionDeadline", "+10000-01-01");
        assertRefused(period, "periods[0].submissionDeadline", "must be between");
        assertThat(api.count("SELECT COUNT(*) FROM campaign WHERE code LIKE 'STRICT-%'"))
                .isEqualTo(1);
    }

    @Test
    void anInspectionDatedInTheYear10000IsRefusedNamingTheField() {
        JsonNode problem = api.refused(
                "POST",
                "/api/v1/campaigns/" + campaignId + "/inspections",
                "{\"registrationId\": \"r\", \"inspectedOn\": \"+10000-01-01\", \"inspector\": \"Đoàn kiểm tra\", "
                        + "\"findings\": \"Đủ\", \"rating\": \"GOOD\"}",
                HttpStatus.BAD_REQUEST);
        assertThat(fields(problem)).containsExactly("inspectedOn");
        assertDescribesNoInternals(problem);
    }

    @Test
    void valuesOfTheWrongJsonTypeAreRefusedInTopLevelAndNestedFields() {
        assertRefused(campaignWith("year", "2026"), "year", "must be a whole number");
        assertRefused(campaignWith("title", 2026), "title", "must be text");
        assertRefused(campaignWith("kind", "SOMETIMES"), "kind", "must be one of");
        ObjectNode allUnits = campaignWith("code", "STRICT-A");
        allUnits.withObject("/scope").put("allUnits", "true");
        assertRefused(allUnits, "allUnits", "must be true or false"); // scope.allUnits: see ADR 8
        ObjectNode groupIds = campaignWith("code", "STRICT-G");
        groupIds.withObject("/scope").put("groupIds", "g-1");
        assertRefused(groupIds, "groupIds", "must be a list");
        ObjectNode points = campaignWith("code", "STRICT-M");
        ((ObjectNode) points.withArray("criteria").get(1)).put("maxPoints", "10");
        assertRefused(points, "criteria[1].maxPoints", "must be a number");
        ObjectNode enumNumber = campaignWith("code", "STRICT-E");
        ((ObjectNode) enumNumber.withArray("periods").get(0)).put("period", 1);
        assertRefused(enumNumber, "periods[0].period", "must be text");

        assertRefused(campaignWith("periods", "YEAR_END"), "periods", "must be a list");

        JsonNode notAnObject = api.refused(
                "POST", "/api/v1/campaigns", campaignWith("scope", "ALL").toString(), HttpStatus.BAD_REQUEST);
        assertThat(fields(notAnObject)).containsExactly("request");
        assertThat(message(notAnObject, "request")).contains("line 1, column");
        assertDescribesNoInternals(notAnObject);
    }

    @Test
    void aTitleWithNulOrALoneSurrogateIsRefused() {
        assertRefused(campaignWith("title", "Phong trào\u0000thi đua"), "title", "must not contain control characters");
        String loneSurrogate = campaignWith("code", "STRICT-S")
                .toString()
                .replace("\"title\":\"Phong trào", "\"title\":\"\\ud800Phong trào");
        JsonNode problem = api.refused("POST", "/api/v1/campaigns", loneSurrogate, HttpStatus.BAD_REQUEST);
        assertThat(fields(problem)).containsExactly("title");
        assertThat(message(problem, "title")).startsWith("must not contain a lone surrogate");
    }

    @Test
    void anOverLongPathIdIsRefusedBeforeAnyQuery() {
        JsonNode problem =
                api.refused("POST", "/api/v1/campaigns/" + "c".repeat(300) + "/launch", null, HttpStatus.BAD_REQUEST);
        assertThat(fields(problem)).containsExactly("id");
        assertThat(fields(api.problem(HttpRequest.GET("/api/v1/campaigns/" + "c".repeat(65) + "/registrations"), 400)))
                .containsExactly("campaignId");
    }

    /** A valid campaign body with {@code field} set to {@code value}. */
    private static ObjectNode campaignWith(String field, Object value) {
        Map<String, Object> body = campaign("STRICT-1", TODAY.plusDays(10), List.of());
        body.put(field, value);
        return JSON.valueToTree(body);
    }

    private void assertRefused(ObjectNode body, String field, String message) {
        JsonNode problem = api.refused("POST", "/api/v1/campaigns", body.toString(), HttpStatus.BAD_REQUEST);
        assertThat(problem.path("type").asText()).isEqualTo("https://thidua.org/problems/validation");
        assertThat(fields(problem)).containsExactly(field);
        assertThat(message(problem, field)).startsWith(message);
        assertDescribesNoInternals(problem);
    }
}
