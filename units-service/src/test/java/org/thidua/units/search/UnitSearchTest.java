package org.thidua.units.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.testing.RealInfrastructure;
import org.thidua.units.Api;

/**
 * Searching units the way Vietnamese users type: with or without tones and marks, in any case, D for Đ, and with
 * names typed precomposed or with combining marks. Runs on whichever server the test infrastructure chose (MariaDB
 * embedded, MySQL 8.4 under Testcontainers), so it checks the collation there.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitSearchTest implements RealInfrastructure {

    @Inject
    @Client("/")
    HttpClient http;

    private Api api;

    @BeforeAll
    void seed() {
        api = new Api(http);
        api.unit(Map.of(
                "code",
                "S-TH",
                "name",
                "Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa",
                "shortName",
                "VP Thanh Hóa",
                "kind",
                "PROVINCIAL_OFFICE",
                "province",
                "Thanh Hóa"));
        api.unit(Map.of(
                "code",
                "S-DN",
                "name",
                "Văn phòng Đoàn ĐBQH và HĐND thành phố Đà Nẵng",
                "kind",
                "PROVINCIAL_OFFICE",
                "province",
                "Đà Nẵng"));
        api.unit(Map.of(
                "code",
                "S-DL",
                "name",
                "Văn phòng Đoàn ĐBQH và HĐND tỉnh Đắk Lắk",
                "kind",
                "PROVINCIAL_OFFICE",
                "province",
                "Đắk Lắk"));
        api.unit(Map.of(
                "code",
                "S-QT",
                "name",
                "Văn phòng Đoàn ĐBQH và HĐND tỉnh Quảng Trị",
                "kind",
                "PROVINCIAL_OFFICE",
                "province",
                "Quảng Trị"));
        api.unit(Map.of("code", "S-VPQH", "name", "Văn phòng Quốc hội", "kind", "AGENCY"));
        api.unit(Map.of("code", "S-100", "name", "Trung tâm 100% Bảo tồn", "kind", "DEPARTMENT"));
        String old = api.unit(Map.of("code", "S-CU", "name", "Ban Công tác đại biểu (cũ)", "kind", "DEPARTMENT"));
        api.post("/api/v1/units/" + old + "/deactivate", Map.of());
    }

    @Test
    void namesAreFoundWithoutTonesOrMarksInAnyCase() {
        assertThat(codes("name=thanh hoa")).containsExactly("S-TH");
        assertThat(codes("name=THANH HÓA")).containsExactly("S-TH");
        assertThat(codes("name=quang tri")).containsExactly("S-QT");
        assertThat(codes("name=quốc hội")).containsExactly("S-VPQH");
        assertThat(codes("name=vp thanh")).as("the short name too").containsExactly("S-TH");
    }

    @Test
    void dFindsĐBecauseUsersTypingWithoutDiacriticsWriteD() {
        // utf8mb4_unicode_ci alone treats Đ as a letter of its own; both sides are folded to D
        assertThat(codes("name=da nang")).containsExactly("S-DN");
        assertThat(codes("name=dak lak")).containsExactly("S-DL");
        assertThat(codes("name=Đà Nẵng")).containsExactly("S-DN");
        assertThat(codes("name=doan dbqh")).containsExactlyInAnyOrder("S-TH", "S-DN", "S-DL", "S-QT");
    }

    @Test
    void aNameTypedWithCombiningMarksIsStoredAndFoundAsTheSameName() {
        String decomposed = Normalizer.normalize("Văn phòng Đoàn ĐBQH và HĐND tỉnh Hà Giang", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Văn phòng Đoàn ĐBQH và HĐND tỉnh Hà Giang");
        JsonNode unit = api.post("/api/v1/units", Map.of("code", "S-HG", "name", decomposed));
        assertThat(unit.get("name").asText()).isEqualTo("Văn phòng Đoàn ĐBQH và HĐND tỉnh Hà Giang");
        assertThat(codes("name=" + Normalizer.normalize("Hà Giang", Normalizer.Form.NFD)))
                .containsExactly("S-HG");
        assertThat(codes("name=Hà Giang")).containsExactly("S-HG");
        assertThat(codes("name=ha giang")).containsExactly("S-HG");
    }

    @Test
    void filtersCombineAndWildcardsAreLiteral() {
        assertThat(codes("code=s-d")).containsExactly("S-DL", "S-DN");
        assertThat(codes("kind=AGENCY")).containsExactly("S-VPQH");
        assertThat(codes("active=false")).containsExactly("S-CU");
        assertThat(codes("active=true&kind=DEPARTMENT")).containsExactly("S-100");
        assertThat(codes("province=Đà Nẵng")).containsExactly("S-DN");
        assertThat(codes("name=100%")).containsExactly("S-100");
        assertThat(codes("name=_")).isEmpty();
        assertThat(codes("reachable=true")).isEmpty();
    }

    @Test
    void resultsComeInPagesWithTheirTotalAndBadBoundsAreA400() {
        JsonNode first = search("code=S-&size=3");
        assertThat(first.get("items")).hasSize(3);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(3);
        long total = first.get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(7);
        JsonNode last = search("code=S-&size=3&page=" + ((total - 1) / 3));
        assertThat(last.get("items")).hasSize((int) (total - 3 * ((total - 1) / 3)));
        assertThat(search("code=S-&size=3&page=1000").get("items")).isEmpty();

        JsonNode bad = api.problem(HttpRequest.GET("/api/v1/units?page=-1&size=201&year=1999&kind=X"), 400);
        assertThat(Api.fields(bad)).containsExactly("kind", "page", "size", "year");
        assertThat(Api.fields(api.problem(HttpRequest.GET("/api/v1/units?size=0&name=" + "x".repeat(256)), 400)))
                .containsExactly("name", "size");
    }

    private List<String> codes(String query) {
        JsonNode page = search(query + "&size=200");
        return page.get("items").findValuesAsText("code");
    }

    private JsonNode search(String query) {
        StringBuilder encoded = new StringBuilder();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            encoded.append(encoded.isEmpty() ? "" : "&")
                    .append(parts[0])
                    .append('=')
                    .append(URLEncoder.encode(parts[1], StandardCharsets.UTF_8));
        }
        return api.get("/api/v1/units?" + encoded);
    }
}
