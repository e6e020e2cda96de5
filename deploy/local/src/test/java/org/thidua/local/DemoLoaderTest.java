package org.thidua.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's command line and its world as data; the load itself runs against real services in DemoWorldTest. */
class DemoLoaderTest {

    @TempDir
    Path dir;

    @Test
    void upTakesTheDemoOption() {
        assertThat(Config.parse(List.of("-d", "--demo"), Map.of()).demo).isTrue();
        assertThat(Config.parse(List.of("-d"), Map.of()).demo).isFalse();
    }

    @Test
    void demoWithoutAReadyStackSaysSoAndWritesNothing() {
        Config config = Config.parse(List.of("--home", dir.toString()), Map.of());
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = DemoLoader.run(config);
        } finally {
            System.setErr(err);
        }
        assertThat(code).isEqualTo(1);
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("no ready stack")
                .contains("./thidua up");
        assertThat(Files.exists(dir.resolve(DemoLoader.ACCOUNTS_FILE))).isFalse();
    }

    @Test
    void theWorldHasTheArticlesGroupsEachUnitInOneAndEveryScoreWithinItsCriterion() throws Exception {
        JsonNode world;
        try (InputStream in = DemoLoader.class.getResourceAsStream(DemoLoader.WORLD)) {
            world = new ObjectMapper().readTree(in);
        }
        Map<String, String> groupNames = new HashMap<>();
        world.get("groups")
                .forEach(g ->
                        groupNames.put(g.get("code").asText(), g.get("name").asText()));
        assertThat(groupNames.values())
                .containsExactlyInAnyOrder(
                        "Khối thi đua số III", "Khối thi đua số IV", "Cụm thi đua các tỉnh Trung du và Bắc bộ");
        Map<String, BigDecimal> maxima = new HashMap<>();
        world.get("campaign")
                .get("criteria")
                .forEach(c ->
                        maxima.put(c.get("code").asText(), c.get("maxPoints").decimalValue()));
        Map<String, String> groupOfUnit = new HashMap<>();
        Set<String> people = new HashSet<>();
        for (JsonNode unit : world.get("units")) {
            assertThat(groupNames).containsKey(unit.get("group").asText());
            assertThat(unit.get("name").asText()).startsWith("Văn phòng Đoàn ĐBQH và HĐND tỉnh ");
            groupOfUnit.put(unit.get("code").asText(), unit.get("group").asText());
            unit.get("members")
                    .forEach(m ->
                            assertThat(people.add(m.get("fullName").asText())).isTrue());
            assertThat(unit.get("members").findValuesAsText("officer")).containsOnlyOnce("true");
            JsonNode points = unit.get("midYear").get("points");
            assertThat(points.size()).isEqualTo(maxima.size());
            points.fields()
                    .forEachRemaining(
                            e -> assertThat(e.getValue().decimalValue()).isLessThanOrEqualTo(maxima.get(e.getKey())));
            JsonNode review = unit.get("midYear").get("review");
            if (review != null) {
                assertThat(review.get("points").decimalValue())
                        .isLessThanOrEqualTo(
                                maxima.get(review.get("criterionCode").asText()));
            }
        }
        assertThat(groupOfUnit).hasSize(18).containsEntry("VPDBQH-THANHHOA", "KHOI-III");
        world.get("groups")
                .forEach(g -> assertThat(groupOfUnit)
                        .containsEntry(g.get("head").asText(), g.get("code").asText()));
    }
}
