package org.thidua.awards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Rule sets as data through the API: the defaults are there, a new one is loaded, a bad one is refused whole. */
@MicronautTest(transactional = false)
class RuleSetApiTest extends AwardsApiTest {

    @Test
    void theDefaultSetsAndTheTitlesInForce() {
        assertThat(api.get("/api/v1/rule-sets"))
                .extracting(s -> s.get("id").asText())
                .contains("vn-2014", "vn-2018", "vn-2024", "vn-2025", "vn-2018-v2", "vn-2024-v2", "vn-2025-v2");
        JsonNode in2019 = api.get("/api/v1/titles?date=2019-12-31");
        assertThat(in2019.get("ruleSetId").asText()).isEqualTo("vn-2018-v2");
        JsonNode in2025 = api.get("/api/v1/titles?date=2025-12-31");
        assertThat(in2025.get("ruleSetId").asText()).isEqualTo("vn-2025-v2");
        JsonNode national = StreamSupport.stream(in2025.get("titles").spliterator(), false)
                .filter(t -> t.get("code").asText().equals("CSTD_TQ"))
                .findFirst()
                .orElseThrow();
        assertThat(national.get("bonusMultiple").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(national.get("conditions")).extracting(JsonNode::asText).contains("CSTD_BO 2 consecutive years");
        assertThat(api.get("/api/v1/base-salaries"))
                .extracting(s -> s.get("amount").asLong())
                .containsExactly(1_150_000L, 1_210_000L, 1_300_000L, 1_390_000L, 1_490_000L, 1_800_000L, 2_340_000L);
    }

    @Test
    void aNewSetForALaterDateIsLoadedOnceAndNeverReplaced() {
        String definition = set("test-2031", "2031-01-01", """
                {"code": "LDTT", "nameVi": "Lao động tiên tiến", "nameEn": "Advanced Worker", "kind": "INDIVIDUAL",
                 "level": "BASE", "bonusMultiple": "0.4", "councilThresholdPercent": 60,
                 "conditions": [{"type": "MinimumTaskRating", "rating": "GOOD"}], "citations": ["test"]}""");
        JsonNode loaded = api.post("/api/v1/rule-sets", read(definition));
        assertThat(loaded.get("id").asText()).isEqualTo("test-2031");
        assertThat(loaded.get("builtIn").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/titles?date=2031-06-01")
                        .get("titles")
                        .get(0)
                        .get("councilThresholdPercent")
                        .asInt())
                .isEqualTo(60);
        assertThat(api.get("/api/v1/titles?date=2030-12-31").get("ruleSetId").asText())
                .isEqualTo("vn-2025-v2");
        assertThat(AwardsApi.fields(api.refused("/api/v1/rule-sets", read(definition), HttpStatus.CONFLICT)))
                .containsExactly("id");
        assertThat(AwardsApi.fields(api.refused(
                        "/api/v1/rule-sets", read(definition.replace("test-2031", "other-2031")), HttpStatus.CONFLICT)))
                .containsExactly("effectiveFrom");
    }

    @Test
    void anInvalidSetIsRefusedWithEveryReasonAndNothingIsStored() {
        JsonNode unknown =
                api.refused("/api/v1/rule-sets", read(set("bad-1", "2032-01-01", """
                {"code": "LDTT", "kind": "INDIVIDUAL", "bonusMultiple": "0.3",
                 "conditions": [{"type": "BornOnAMonday"}]}""")), HttpStatus.BAD_REQUEST);
        assertThat(unknown.get("detail").asText()).contains("unknown condition type 'BornOnAMonday'");
        assertThat(AwardsApi.fields(unknown)).containsExactly("titles");

        JsonNode cycle =
                api.refused("/api/v1/rule-sets", read(set("bad-2", "2032-01-01", """
                {"code": "A", "kind": "INDIVIDUAL", "bonusMultiple": "1",
                 "conditions": [{"type": "SameYearTitle", "titleCode": "B"}]},
                {"code": "B", "kind": "INDIVIDUAL", "bonusMultiple": "1",
                 "conditions": [{"type": "ConsecutiveYears", "titleCode": "A", "years": 2}]}""")), HttpStatus.BAD_REQUEST);
        assertThat(cycle.get("detail").asText()).contains("cycle of prerequisite titles");

        JsonNode unnamed =
                api.refused("/api/v1/rule-sets", read(set("bad-4", "2032-01-01", """
                {"code": "x1", "kind": "INDIVIDUAL", "bonusMultiple": "1", "conditions": []}""")), HttpStatus.BAD_REQUEST);
        assertThat(unnamed.get("violations"))
                .extracting(v -> v.get("message").asText())
                .containsExactly(
                        "title x1: a code is 2 to 64 capital letters, digits or _, starting with a letter",
                        "title x1: nameVi (the name decisions print) must have 1 to 255 characters");

        JsonNode unknownTitle =
                api.refused("/api/v1/rule-sets", read(set("bad-3", "not-a-date", """
                {"code": "A", "kind": "COLLECTIVE", "bonusMultiple": "1",
                 "conditions": [{"type": "ShareOfMembersHolding", "titleCode": "NOPE", "percent": 50}]}""")), HttpStatus.BAD_REQUEST);
        assertThat(AwardsApi.fields(unknownTitle)).contains("effectiveFrom");
        assertThat(api.get("/api/v1/rule-sets"))
                .extracting(s -> s.get("id").asText())
                .doesNotContain("bad-1", "bad-2", "bad-3", "bad-4");
        assertThat(api.refused(
                                "/api/v1/base-salaries",
                                Map.of("effectiveFrom", "2024-07-01", "amount", 1),
                                HttpStatus.CONFLICT)
                        .get("type")
                        .asText())
                .endsWith("/duplicate");
        assertThat(AwardsApi.fields(api.refused("/api/v1/base-salaries", Map.of("amount", -5), HttpStatus.BAD_REQUEST)))
                .containsExactly("amount", "effectiveFrom");
        assertThat(List.of(api.get("/api/v1/base-salaries").size())).containsExactly(7);
    }

    private static String set(String id, String effectiveFrom, String titles) {
        return "{\"id\": \"" + id + "\", \"effectiveFrom\": \"" + effectiveFrom + "\", \"titles\": [" + titles + "]}";
    }

    private static JsonNode read(String json) {
        return AwardsApi.read(json);
    }
}
