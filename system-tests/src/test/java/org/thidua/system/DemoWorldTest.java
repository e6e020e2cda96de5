package org.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.thidua.local.DemoLoader;
import org.thidua.local.EmbeddedSmtp;
import org.thidua.local.Ports;
import org.thidua.testing.TestTokens;

/**
 * {@code ./thidua demo}: the four services as real processes from their jars, the 2019 world loaded through their
 * public APIs twice. The first load builds the state right after the Thanh Hóa conference of 18-19/07/2019; the second
 * finds everything there and writes nothing (ADR 54).
 */
@Order(1)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoWorldTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String THANH_HOA = "Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa";

    private final Map<String, RunningService> services = new HashMap<>();
    private EmbeddedSmtp smtp;

    @BeforeAll
    void start() {
        smtp = EmbeddedSmtp.start(Ports.freePort());
        Map<String, Map<String, String>> environments = Map.of(
                "units-service", Map.of(),
                "campaigns-service", Map.of(),
                "awards-service", Map.of(),
                "notifications-service", Map.of("SMTP_HOST", smtp.host(), "SMTP_PORT", Integer.toString(smtp.port())));
        Map<String, CompletableFuture<RunningService>> starting = new HashMap<>();
        environments.forEach((name, env) ->
                starting.put(name, CompletableFuture.supplyAsync(() -> RunningService.start(name, env))));
        starting.forEach((name, future) -> services.put(name, future.join()));
    }

    @AfterAll
    void stop() {
        services.values().forEach(RunningService::close);
        smtp.stop();
    }

    @Test
    void loadingTwiceBuildsThe2019WorldOnceAndTheSecondLoadWritesNothing(@TempDir Path home) throws Exception {
        RunningService units = services.get("units-service");
        RunningService campaigns = services.get("campaigns-service");
        DemoLoader loader = new DemoLoader(
                URI.create(units.baseUrl()),
                URI.create(campaigns.baseUrl()),
                TestTokens.serviceEnvironment().get("THIDUA_SECURITY_JWT_SECRET"),
                // after CrashRecoveryTest in the same JVM, campaigns-service first reads its 3,000 units (62 s
                // measured)
                Duration.ofSeconds(180));

        DemoLoader.Report first = loader.load();
        System.out.println("demo world, first load: " + first.summary());

        assertThat(first.created())
                .containsEntry("units", 18)
                .containsEntry("groups", 3)
                .containsEntry("members", 54)
                .containsEntry("contacts", 36)
                .containsEntry("campaigns", 1)
                .containsEntry("registrations", 18)
                .containsEntry("covenant signatures", 18)
                .containsEntry("mid-year sheets", 18)
                .containsEntry("finalized periods", 1);
        assertThat(total(units.get("/api/v1/units?code=VPDBQH-"))).isEqualTo(18);
        JsonNode groups = json(units.get("/api/v1/groups?year=2019&size=200")).get("items");
        assertThat(groups).hasSize(3);
        assertThat(groups.findValuesAsText("name"))
                .containsExactlyInAnyOrder(
                        "Khối thi đua số III", "Khối thi đua số IV", "Cụm thi đua các tỉnh Trung du và Bắc bộ");
        groups.forEach(g -> assertThat(g.get("memberCount").asInt()).isEqualTo(6));

        String campaignId = items(campaigns.get("/api/v1/campaigns?size=200"))
                .get(0)
                .get("id")
                .asText();
        JsonNode campaign = json(campaigns.get("/api/v1/campaigns/" + campaignId));
        assertThat(campaign.get("theme").asText()).startsWith("Công chức, viên chức, lao động hợp đồng VPQH đoàn kết");
        assertThat(campaign.get("state").asText()).isEqualTo("IN_PROGRESS");
        JsonNode registrations = items(campaigns.get("/api/v1/campaigns/" + campaignId + "/registrations?size=200"));
        assertThat(registrations).hasSize(18);
        assertThat(registrations.findValuesAsText("state")).containsOnly("ACCEPTED");
        assertThat(registrations.findValuesAsText("lateReason"))
                .allMatch(r -> r.startsWith("Dữ liệu minh họa năm 2019"));
        JsonNode covenants = json(campaigns.get("/api/v1/campaigns/" + campaignId + "/covenants"));
        assertThat(covenants.findValuesAsText("state")).containsExactly("SIGNED", "SIGNED", "SIGNED");
        JsonNode sheets =
                items(campaigns.get("/api/v1/campaigns/" + campaignId + "/periods/MID_YEAR/score-sheets?size=200"));
        assertThat(sheets).hasSize(18);
        assertThat(sheets.findValuesAsText("state")).containsOnly("APPROVED");

        // the finalized mid-year ranking: Thanh Hóa's office first in Block III, Quảng Bình and Quảng Trị tied 4th
        String thanhHoa = json(units.get("/api/v1/units?code=VPDBQH-THANHHOA"))
                .get("items")
                .get(0)
                .get("id")
                .asText();
        assertThat(json(units.get("/api/v1/units/" + thanhHoa)).get("name").asText())
                .isEqualTo(THANH_HOA);
        String blockIII = groupId(groups, "KHOI-III");
        assertThat(json(units.get("/api/v1/groups/" + blockIII))
                        .get("headUnitId")
                        .asText())
                .isEqualTo(thanhHoa);
        assertThat(json(units.get("/api/v1/units/" + thanhHoa + "/members"))
                        .get("total")
                        .asInt())
                .isEqualTo(3);
        assertThat(json(units.get("/api/v1/units/" + thanhHoa + "/contacts"))
                        .get("contacts")
                        .findValuesAsText("email"))
                .containsExactlyInAnyOrder(
                        "thiduakhenthuong@thanhhoa.vpdbqh.example.org", "vanphong@thanhhoa.vpdbqh.example.org");
        JsonNode ranking = json(campaigns.get("/api/v1/campaigns/" + campaignId + "/periods/MID_YEAR/ranking"));
        JsonNode blockIIIRanking = null;
        for (JsonNode group : ranking.get("groups")) {
            if (group.get("groupId").asText().equals(blockIII)) {
                blockIIIRanking = group.get("entries");
            }
        }
        assertThat(blockIIIRanking).isNotNull().hasSize(6);
        JsonNode top = blockIIIRanking.get(0);
        assertThat(top.get("unitId").asText()).isEqualTo(thanhHoa);
        assertThat(top.get("rank").asInt()).isEqualTo(1);
        assertThat(top.get("totalPoints").decimalValue()).isEqualByComparingTo("95");
        List<Integer> ranks = new ArrayList<>();
        blockIIIRanking.forEach(e -> ranks.add(e.get("rank").asInt()));
        assertThat(ranks).containsExactly(1, 2, 3, 4, 4, 6);

        // the second load finds everything: it creates nothing, and neither service records a change
        long unitEvents = units.count("SELECT COUNT(*) FROM outbox_event");
        long campaignEvents = campaigns.count("SELECT COUNT(*) FROM outbox_event");
        DemoLoader.Report second = loader.load();
        System.out.println("demo world, second load: " + second.summary());
        assertThat(second.createdTotal()).isZero();
        assertThat(second.present())
                .containsEntry("units", 18)
                .containsEntry("registrations", 18)
                .containsEntry("mid-year sheets", 18);
        assertThat(units.count("SELECT COUNT(*) FROM outbox_event")).isEqualTo(unitEvents);
        assertThat(campaigns.count("SELECT COUNT(*) FROM outbox_event")).isEqualTo(campaignEvents);
        assertThat(total(units.get("/api/v1/units?code=VPDBQH-"))).isEqualTo(18);
        assertThat(items(campaigns.get("/api/v1/campaigns/" + campaignId + "/registrations?size=200")))
                .hasSize(18);

        // the accounts the portal's development sign-in lists
        Path file = home.resolve(DemoLoader.ACCOUNTS_FILE);
        DemoLoader.writeAccounts(file, second.accounts());
        JsonNode accounts = JSON.readTree(Files.readString(file));
        assertThat(accounts).hasSize(1 + 3 + 18);
        assertThat(accounts.get(0).get("roles").get(0).asText()).isEqualTo("ADMIN");
        JsonNode officer = null;
        for (JsonNode account : accounts) {
            if (account.get("label").asText().startsWith("Cán bộ thi đua — " + THANH_HOA)) {
                officer = account;
            }
        }
        assertThat(officer).isNotNull();
        assertThat(officer.get("roles").get(0).asText()).isEqualTo("UNIT_OFFICER");
        assertThat(officer.get("unit_id").asText()).isEqualTo(thanhHoa);
        assertThat(officer.get("group_ids").get(0).asText()).isEqualTo(blockIII);
        assertThat(json(units.get("/api/v1/members/" + officer.get("member_id").asText()))
                        .get("unitId")
                        .asText())
                .isEqualTo(thanhHoa);
        assertThat(accounts.findValuesAsText("label")).contains("Tổ thẩm định — Khối thi đua số III");
    }

    private static String groupId(JsonNode groups, String code) {
        for (JsonNode g : groups) {
            if (g.get("code").asText().equals(code)) {
                return g.get("id").asText();
            }
        }
        throw new AssertionError("no group " + code);
    }

    /** A list's items, whether it answers a page (items, total) or a plain array. */
    private static JsonNode items(HttpResponse<String> response) throws Exception {
        JsonNode answer = json(response);
        return answer.isArray() ? answer : answer.get("items");
    }

    private static long total(HttpResponse<String> response) throws Exception {
        return json(response).get("total").asLong();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
