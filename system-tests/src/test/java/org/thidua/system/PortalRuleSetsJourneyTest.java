package org.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thidua.system.ReviewWorld.created;
import static org.thidua.system.ReviewWorld.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
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

/**
 * The rule sets page in a real Chromium (ADR 84): the office opens it from the navigation and reads each set's period,
 * state in words, legal source, the reason of a correction, the disclosure length, the titles with their multiples
 * and what could not be verified, in Vietnamese and in English; a unit's officer reads it too; a nomination's page
 * shows its title's unverified note; on a phone the page fits the screen. The sets of 2041 are loaded through
 * awards-service's API (a set of its own and its correction, so the shipped sets other journeys use stay as they are).
 * Every page passes axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalRuleSetsJourneyTest {

    static final String OFFICE = PortalSignInJourneyTest.OFFICE;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private final String unitName = "Đoàn Quy định Quảng Trị " + suffix;
    private final String original = "sys-2041-" + suffix.toLowerCase(Locale.ROOT);
    private final String correction = original + "-v2";
    private final String reason = "Sửa hệ số thưởng Lao động tiên tiến theo văn bản mới " + suffix;
    private final String titleNote = "Hệ số 0,35 chưa đối chiếu với văn bản gốc " + suffix;

    private PortalStack stack;
    private Browser browser;
    private String unverified2025;
    private String nomination;

    @BeforeAll
    void start() throws Exception {
        stack = PortalStack.get();
        browser = new Browser(stack);
        String unitId = created(
                        stack.units.post("/api/v1/units", json(Map.of("code", "RS-" + suffix, "name", unitName))))
                .get("id")
                .asText();
        String member = created(stack.units.post(
                        "/api/v1/units/" + unitId + "/members",
                        json(Map.of("fullName", "Võ Thị Mai", "position", "Chuyên viên"))))
                .get("id")
                .asText();
        created(stack.awards.post("/api/v1/rule-sets", set(original, null, null, "0.3", null)));
        created(stack.awards.post("/api/v1/rule-sets", set(correction, original, reason, "0.35", titleNote)));
        unverified2025 = JSON.readTree(stack.awards.get("/api/v1/rule-sets").body()).findParents("id").stream()
                .filter(s -> s.get("id").asText().equals("vn-2025-v2"))
                .findFirst()
                .orElseThrow()
                .get("unverified")
                .asText();
        String body = json(Map.of(
                "year",
                2041,
                "titleCode",
                "LDTT",
                "recipientKind",
                "MEMBER",
                "unitId",
                unitId,
                "memberId",
                member,
                "grounds",
                List.of("Hoàn thành tốt nhiệm vụ năm 2041")));
        // awards-service knows the member once units-service's event reached it
        HttpResponse<String> answer = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> stack.awards.post("/api/v1/nominations", body), r -> r.statusCode() != 400);
        nomination = created(answer).get("id").asText();
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    @Order(1)
    void theOfficeReadsEverySetWithItsStateSourceAndWhatIsUnverified() {
        browser.open("/sign-in").signInAs(OFFICE);
        browser.open("/");
        browser.link("Quy định").click();

        assertThat(browser.path()).isEqualTo("/rule-sets");
        assertThat(browser.heading()).isEqualTo("Quy định thi đua, khen thưởng");
        assertThat(browser.mainText())
                .contains(
                        "01/01/2018 – 31/12/2023",
                        "01/01/2024 – 30/06/2025",
                        "01/07/2025 – 31/12/2040",
                        "Từ 01/01/2041",
                        "Đang áp dụng cho giai đoạn này",
                        "Đã được thay thế bằng bản sửa",
                        "Decree 91/2017",
                        "5 ngày làm việc",
                        "Chưa kiểm chứng:",
                        unverified2025,
                        reason,
                        "Lao động tiên tiến",
                        "Cá nhân",
                        "Tập thể",
                        "Cơ sở",
                        "Toàn quốc",
                        "0,35",
                        titleNote)
                .doesNotContain("IN_FORCE", "SUPERSEDED", "INDIVIDUAL", "COLLECTIVE", "NATIONAL");
        assertThat(browser.mainText()).contains("(căn cứ: the emulation office's practice");
        assertThat(browser.accessibilityProblems()).isEmpty();
        // the shipped sets, past this journey's own sets of 2041
        browser.open("/rule-sets#rule-set-2");
        browser.screenshot("awards-rule-sets");
    }

    @Test
    @Order(2)
    void theSamePageInEnglish() {
        browser.open("/rule-sets");
        browser.press("English");

        assertThat(browser.heading()).isEqualTo("Emulation and commendation rules");
        assertThat(browser.mainText())
                .contains(
                        "In force for this period",
                        "Replaced by a correction",
                        "5 working days",
                        "Not verified:",
                        "Advanced Worker",
                        "Individuals");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.press("Tiếng Việt");
        assertThat(browser.heading()).isEqualTo("Quy định thi đua, khen thưởng");
    }

    @Test
    @Order(3)
    void aNominationShowsItsTitlesUnverifiedNote() {
        browser.open("/nominations/" + nomination);

        assertThat(browser.mainText()).contains("Lưu ý về danh hiệu này", "Chưa kiểm chứng:", titleNote);
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(4)
    void aUnitsOfficerReadsTheRulesToo() {
        browser.signOut();
        browser.open("/sign-in?unit=" + URLEncoder.encode(suffix, StandardCharsets.UTF_8))
                .signInAs(unitName);
        browser.open("/rule-sets");

        assertThat(browser.heading()).isEqualTo("Quy định thi đua, khen thưởng");
        assertThat(browser.mainText()).contains(reason, unverified2025);
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(5)
    void onAPhoneThePageFitsTheScreen() {
        browser.phone().open("/rule-sets");

        assertThat(browser.scrollsSideways()).isFalse();
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.desktop();
    }

    /** A set of 2041 with one title, LĐTT; a correction names {@code supersedes} and gives {@code why}. */
    private static String set(String id, String supersedes, String why, String multiple, String note) {
        Map<String, Object> title = new LinkedHashMap<>(Map.of(
                "code",
                "LDTT",
                "nameVi",
                "Lao động tiên tiến",
                "nameEn",
                "Advanced Worker",
                "kind",
                "INDIVIDUAL",
                "level",
                "BASE",
                "bonusMultiple",
                multiple,
                "line",
                "INDIVIDUAL_YEAR",
                "conditions",
                List.of(Map.of("type", "MinimumTaskRating", "rating", "GOOD")),
                "citations",
                List.of("Luật Thi đua, Khen thưởng 06/2022/QH15, Điều 24 (kiểm thử)")));
        if (note != null) {
            title.put("unverified", note);
        }
        Map<String, Object> set = new LinkedHashMap<>(Map.of(
                "id",
                id,
                "effectiveFrom",
                "2041-01-01",
                "source",
                "Bộ quy định kiểm thử 2041",
                "titles",
                List.of(title)));
        if (supersedes != null) {
            set.put("supersedes", supersedes);
            set.put("reason", why);
        }
        return json(set);
    }
}
