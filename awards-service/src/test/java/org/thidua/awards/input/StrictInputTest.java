package org.thidua.awards.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thidua.testing.JsonApi.assertDescribesNoInternals;
import static org.thidua.testing.JsonApi.fields;
import static org.thidua.testing.JsonApi.message;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thidua.awards.AwardsApiTest;

/** What awards-service reads from a request: sane dates and amounts, the right JSON types (ADR 8, 9). */
@MicronautTest(transactional = false)
class StrictInputTest extends AwardsApiTest {

    private String councilPath;

    @BeforeAll
    void setUp() {
        JsonNode council = api.post(
                "/api/v1/councils",
                Map.of(
                        "name",
                        "Hội đồng Thi đua – Khen thưởng",
                        "members",
                        List.of(Map.of("memberId", "strict-chair", "fullName", "Nguyễn Văn A", "chair", true))));
        councilPath = "/api/v1/councils/" + council.get("id").asText();
    }

    @Test
    void aBaseSalaryOf1e30OrOfTheYear10000IsRefusedNamingTheField() {
        JsonNode huge = refused("/api/v1/base-salaries", "{\"effectiveFrom\": \"2030-07-01\", \"amount\": 1e30}");
        assertThat(fields(huge)).containsExactly("amount");
        assertThat(message(huge, "amount")).isEqualTo("must be less than 10^15 in magnitude");

        JsonNode beyondDouble =
                refused("/api/v1/base-salaries", "{\"effectiveFrom\": \"2030-07-01\", \"amount\": 1e400}");
        assertThat(fields(beyondDouble)).containsExactly("amount");

        JsonNode fraction =
                refused("/api/v1/base-salaries", "{\"effectiveFrom\": \"2030-07-01\", \"amount\": 2340000.5}");
        assertThat(fields(fraction)).containsExactly("amount");

        JsonNode asText =
                refused("/api/v1/base-salaries", "{\"effectiveFrom\": \"2030-07-01\", \"amount\": \"2340000\"}");
        assertThat(message(asText, "amount")).isEqualTo("must be a number");

        JsonNode farFuture =
                refused("/api/v1/base-salaries", "{\"effectiveFrom\": \"+10000-01-01\", \"amount\": 2340000}");
        assertThat(fields(farFuture)).containsExactly("effectiveFrom");
        assertThat(message(farFuture, "effectiveFrom")).isEqualTo("must be between 1900-01-01 and 2199-12-31");
        assertThat(api.count("SELECT COUNT(*) FROM base_salary WHERE effective_from >= '2030-01-01'"))
                .isZero();
    }

    @Test
    void aCouncilSessionHeldInTheYearMinus999999999IsRefusedNamingTheField() {
        JsonNode problem =
                refused(councilPath + "/sessions", "{\"nominationIds\": [\"n-1\"], \"heldOn\": \"-999999999-01-01\"}");
        assertThat(fields(problem)).containsExactly("heldOn");
        assertThat(message(problem, "heldOn")).startsWith("must be between");

        JsonNode wrongType = refused(councilPath + "/sessions", "{\"nominationIds\": [7]}");
        assertThat(fields(wrongType)).containsExactly("nominationIds[0]");
    }

    @Test
    void aBooleanSentAsTextIsRefused() {
        JsonNode problem = refused(
                "/api/v1/councils",
                "{\"name\": \"Hội đồng\", \"members\": [{\"memberId\": "
                        + "\"m-1\", \"fullName\": \"Trần Thị B\", \"chair\": \"true\"}]}");
        assertThat(fields(problem)).containsExactly("members[0].chair");
        assertThat(message(problem, "members[0].chair")).isEqualTo("must be true or false");
    }

    @Test
    void aBooleanLeftOutIsFalse() {
        JsonNode council = api.post(
                "/api/v1/councils",
                Map.of(
                        "name",
                        "Hội đồng sơ tuyển",
                        "members",
                        List.of(
                                Map.of("memberId", "strict-m1", "fullName", "Lê Văn C", "chair", true),
                                Map.of("memberId", "strict-m2", "fullName", "Phạm Thị D"))));
        assertThat(api.count(
                        "SELECT COUNT(*) FROM council_member WHERE council_id = ? AND chair = FALSE",
                        council.get("id").asText()))
                .isEqualTo(1);
    }

    @Test
    void anOverLongPathIdIsRefusedBeforeAnyQuery() {
        JsonNode problem = api.problem(HttpRequest.GET("/api/v1/councils/" + "k".repeat(300) + "/sessions"), 400);
        assertThat(fields(problem)).containsExactly("id");
        assertDescribesNoInternals(problem);
    }

    private JsonNode refused(String path, String json) {
        JsonNode problem = api.refused(path, json, HttpStatus.BAD_REQUEST);
        assertThat(problem.path("type").asText()).isEqualTo("https://thidua.org/problems/validation");
        assertDescribesNoInternals(problem);
        return problem;
    }
}
