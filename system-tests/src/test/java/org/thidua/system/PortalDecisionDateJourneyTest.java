package org.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thidua.system.ReviewWorld.created;
import static org.thidua.system.ReviewWorld.json;
import static org.thidua.system.ReviewWorld.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.thidua.testing.TestTokens;

/**
 * A decision signed on paper on 15/02/2020, entered today (ADR 85, 86): the 2019 nominations were made by hand, the
 * council met on 20/01/2020 (through awards-service's API); the office records the disclosure held on paper from
 * 10/02/2020 (to 14/02/2020) with the disclose form's "on paper" box. It picks them, types "Ngày ký" 14/02/2020 and is refused beside the field with the
 * dates; with 15/02/2020 the decision pays the amounts of that day (base salary 1.490.000 ₫ since 01/07/2019) and
 * shows the rule set it was issued with, each multiple, and why the unit's advanced-collective title pays nothing
 * (same achievement as its excellent-collective title). Every page passes axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalDecisionDateJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private final String unitName = "Đoàn Quyết định giấy " + suffix;

    private PortalStack stack;
    private Browser browser;
    private String unitId;
    private List<String> nominations;
    private String decisionId;

    @BeforeAll
    void start() throws Exception {
        stack = PortalStack.get();
        browser = new Browser(stack);
        unitId = created(stack.units.post("/api/v1/units", json(Map.of("code", "QDG-" + suffix, "name", unitName))))
                .get("id")
                .asText();
        String mai = created(stack.units.post(
                        "/api/v1/units/" + unitId + "/members",
                        json(Map.of("fullName", "Đỗ Thị Mai", "position", "Chuyên viên"))))
                .get("id")
                .asText();
        nominations = List.of(
                nominate("CSTDCS", "MEMBER", mai), nominate("TTLDTT", "UNIT", null), nominate("TTLDXS", "UNIT", null));

        String chair = "qdg-chair-" + suffix;
        String council = created(stack.awards.post(
                        "/api/v1/councils",
                        json(Map.of(
                                "name",
                                "Hội đồng " + suffix,
                                "members",
                                List.of(Map.of("memberId", chair, "fullName", "Phạm Văn Chủ", "chair", true))))))
                .get("id")
                .asText();
        String sessionPath = "/api/v1/councils/" + council + "/sessions/"
                + created(stack.awards.post(
                                "/api/v1/councils/" + council + "/sessions",
                                json(Map.of("nominationIds", nominations, "heldOn", "2020-01-20"))))
                        .get("id")
                        .asText();
        HttpResponse<String> votes = HTTP.send(
                HttpRequest.newBuilder(URI.create(stack.awards.baseUrl() + sessionPath + "/votes"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + TestTokens.councilMember(chair))
                        .POST(HttpRequest.BodyPublishers.ofString(json(Map.of(
                                "memberId",
                                chair,
                                "votes",
                                nominations.stream()
                                        .map(n -> Map.of("nominationId", n, "choice", "APPROVE"))
                                        .toList()))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(votes.statusCode()).as(votes.body()).isEqualTo(200);
        ok(stack.awards.post(sessionPath + "/close", "{}"));
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    @Order(1)
    void theOfficeRecordsTheDisclosureHeldOnPaper() throws Exception {
        browser.open("/sign-in").signInAs(PortalSignInJourneyTest.OFFICE);
        browser.open("/nominations?state=APPROVED&unitId=" + unitId);
        nominations.forEach(n -> browser.find(By.id("pick-" + n)).click());
        // held on paper from Monday 10/02/2020: 5 working days, 10-14/02/2020
        date("Ngày bắt đầu công khai (để trống: từ hôm nay)", "2020-02-10");
        browser.field("Đã công khai trên giấy (nhập hồ sơ cũ)").click();
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.press("Công khai");

        assertThat(browser.path()).isEqualTo("/nominations?year=2019&state=DISCLOSED");
        JsonNode one = JSON.readTree(
                stack.awards.get("/api/v1/nominations/" + nominations.get(0)).body());
        assertThat(one.get("state").asText()).isEqualTo("DISCLOSED");
        assertThat(one.get("disclosureEnd").asText()).isEqualTo("2020-02-14");
    }

    @Test
    @Order(2)
    void aDecisionSignedOnTheLastDayOfTheDisclosureIsRefusedBesideTheSigningDay() {
        browser.open("/nominations?state=DISCLOSED&unitId=" + unitId);
        assertThat(browser.field("Ngày ký").getDomProperty("value"))
                .as("today by default")
                .isNotBlank();
        nominations.forEach(n -> browser.find(By.id("pick-" + n)).click());
        browser.type("Mã cơ quan trong số quyết định (ví dụ VPQH trong 15/QĐ-VPQH)", "QDG-" + suffix)
                .type("Họ và tên người ký", "Nguyễn Văn Giang")
                .type("Chức vụ người ký", "Chánh Văn phòng");
        date("Ngày ký", "2020-02-14");
        browser.press("Ra quyết định");

        WebElement signedOn = browser.field("Ngày ký");
        assertThat(signedOn.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id("signedOn-error")).getText())
                .contains("công khai đến 14/02/2020", "quyết định chỉ có thể ký từ 15/02/2020");
        assertThat(signedOn.getDomProperty("value")).isEqualTo("2020-02-14");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(3)
    void signedTheNextDayTheDecisionPaysTheAmountsOfItsDateAndSaysWhy() {
        date("Ngày ký", "2020-02-15");
        browser.press("Ra quyết định");

        assertThat(browser.path()).startsWith("/decisions/");
        decisionId = browser.path().substring("/decisions/".length());
        // vn-2018-v2, base salary 1,490,000 on 15/02/2020 (Decree 38/2019 from 01/07/2019):
        // CSTĐCS 1.0 × 1,490,000 = 1,490,000; TTLĐXS 1.5 × 1,490,000 = 2,235,000; TTLĐTT 0.8 × 1,490,000 =
        // 1,192,000, the same achievement of 2019 as TTLĐXS: 0 ₫. Total 3,725,000
        assertThat(browser.mainText())
                .contains(
                        "15/02/2020",
                        "vn-2018-v2",
                        "Mức lương cơ sở ngày ký",
                        "1.490.000 ₫",
                        "2.235.000 ₫",
                        "0 ₫",
                        "3.725.000 ₫",
                        "1,5",
                        "0,8",
                        "Cùng thành tích năm 2019 với danh hiệu Tập thể lao động xuất sắc (1,5 × 1.490.000 ₫ = 2.235.000 ₫)",
                        "Đỗ Thị Mai",
                        unitName)
                .doesNotContain("COLLECTIVE_YEAR", "TTLDTT");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("decisions-decision");
    }

    @Test
    @Order(4)
    void thePrintViewShowsTheSameAmountsAndRules() {
        browser.open("/decisions/" + decisionId + "/print");

        assertThat(browser.mainText())
                .contains("vn-2018-v2", "1.490.000 ₫", "2.235.000 ₫", "3.725.000 ₫", "Cùng thành tích năm 2019");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("decisions-decision-print");
    }

    /** Sets a date input as a person picking the day would (its value is yyyy-MM-dd whatever the locale). */
    private void date(String label, String isoDate) {
        WebElement field = browser.field(label);
        ((JavascriptExecutor) ((WrapsDriver) field).getWrappedDriver())
                .executeScript("arguments[0].value = arguments[1];", field, isoDate);
    }

    private String nominate(String title, String kind, String memberId) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "year",
                2019,
                "titleCode",
                title,
                "recipientKind",
                kind,
                "unitId",
                unitId,
                "grounds",
                List.of("Theo hồ sơ giấy năm 2019")));
        if (memberId != null) {
            body.put("memberId", memberId);
        }
        // awards-service knows the unit and member once units-service's events reached it
        HttpResponse<String> answer = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> stack.awards.post("/api/v1/nominations", json(body)), r -> r.statusCode() != 400);
        return created(answer).get("id").asText();
    }
}
