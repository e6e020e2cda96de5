package org.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Journey 1 of issue 15, in a real Chromium: a unit's officer follows the launch e-mail's link, signs in on the way,
 * registers with titles, signs its group's covenant, fills and submits the mid-year score sheet (a bad point and a
 * bad link first: the service's message beside the field, what was typed kept), follows the return e-mail to the
 * sheet, corrects and resubmits it, and reads the unit's inbox. Every page passes axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalOfficerJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final int YEAR = TODAY.plusDays(13).getYear();
    private static final String TAG =
            Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
    private static final String UNIT = "Văn phòng Đoàn ĐBQH và HĐND tỉnh Ninh Bình " + TAG;
    private static final String OTHER = "Văn phòng Đoàn ĐBQH và HĐND tỉnh Hà Nam " + TAG;
    private static final String MEMBER = "Trần Thị Mai " + TAG;
    private static final String EMAIL = "thidua-" + TAG.toLowerCase() + "@ninhbinh.vn";
    private static final String TITLE = "Phong trào thi đua yêu nước " + TAG;
    private static final String RETURN_REASON = "Điểm tiêu chí A1 chưa có minh chứng kèm theo";

    private PortalStack stack;
    private Browser browser;
    private String unitId;
    private String campaignId;
    private String registrationId;
    private String sheetId;

    @BeforeAll
    void start() throws Exception {
        stack = PortalStack.get();
        unitId = created(stack.units, "/api/v1/units", Map.of("code", "NB-" + TAG, "name", UNIT));
        String other = created(stack.units, "/api/v1/units", Map.of("code", "HN-" + TAG, "name", OTHER));
        created(
                stack.units,
                "/api/v1/units/" + unitId + "/contacts",
                Map.of("email", EMAIL, "role", "EMULATION_OFFICER", "name", "Cán bộ thi đua"));
        created(
                stack.units,
                "/api/v1/units/" + unitId + "/members",
                Map.of("fullName", MEMBER, "position", "Chuyên viên"));
        String group = created(
                stack.units,
                "/api/v1/groups",
                Map.of("kind", "BLOCK", "year", YEAR, "code", "KHOI-" + TAG, "name", "Khối thi đua " + TAG));
        assertThat(stack.units
                        .post(
                                "/api/v1/groups/" + group + "/members",
                                JSON.writeValueAsString(Map.of("unitIds", List.of(unitId, other))))
                        .statusCode())
                .isEqualTo(200);
        // campaigns-service learns of the group through Kafka: the office would try again shortly, so does the test
        campaignId = await().atMost(Duration.ofSeconds(60))
                .until(() -> createdOrNull(stack.campaigns, "/api/v1/campaigns", campaign(group)), id -> id != null);
        assertThat(stack.campaigns
                        .post("/api/v1/campaigns/" + campaignId + "/launch", "{}")
                        .statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> createdOrNull(
                                stack.campaigns,
                                "/api/v1/campaigns/" + campaignId + "/covenants",
                                Map.of(
                                        "groupId",
                                        group,
                                        "text",
                                        "Các đơn vị trong khối cùng giao ước thi đua năm " + YEAR + ".",
                                        "targets",
                                        List.of(Map.of(
                                                "code", "GU1", "description", "Hoàn thành 100% chỉ tiêu được giao")))),
                        id -> id != null);
        browser = new Browser(stack);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void theLaunchEmailsLinkLeadsThroughSignInToTheCampaignWithTheRegistrationForm() {
        String link = await().atMost(Duration.ofSeconds(90))
                .until(() -> linkInMail("/campaigns/" + campaignId), Optional::isPresent)
                .orElseThrow();

        browser.forgetSession().open(link);
        assertThat(browser.path()).startsWith("/sign-in");
        browser.signInAs(UNIT);

        assertThat(browser.path()).isEqualTo("/campaigns/" + campaignId);
        assertThat(browser.heading()).isEqualTo(TITLE);
        assertThat(browser.mainText()).contains("Việc của đơn vị", "Đăng ký thi đua", MEMBER);
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("officer-campaign");
    }

    @Test
    @Order(2)
    void theOfficerRegistersWithTheUnitsAndAMembersTitle() {
        browser.open("/campaigns/" + campaignId);
        browser.type(
                "Các chỉ tiêu đơn vị cam kết (mỗi dòng một chỉ tiêu)",
                "Hoàn thành 100% chỉ tiêu được giao\nKhông có cán bộ vi phạm kỷ luật");
        new Select(browser.field("Danh hiệu tập thể đăng ký")).selectByValue("TTLDXS");
        new Select(browser.field(MEMBER)).selectByValue("CSTDCS");
        browser.press("Gửi đăng ký thi đua");
        browser.awaitText("đã gửi, chờ xét duyệt");

        assertThat(browser.path()).startsWith("/registrations/");
        registrationId = browser.path().substring("/registrations/".length());
        assertThat(browser.mainText())
                .contains(
                        "đã gửi, chờ xét duyệt",
                        "Hoàn thành 100% chỉ tiêu được giao",
                        "Không có cán bộ vi phạm kỷ luật",
                        MEMBER,
                        "Chiến sĩ thi đua cơ sở")
                .doesNotContain("SUBMITTED", "TTLDXS", "CSTDCS");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("officer-registration");
    }

    @Test
    @Order(3)
    void theOfficerSignsTheGroupsCovenantAndSeesTheDate() throws Exception {
        browser.open("/campaigns/" + campaignId);
        browser.link("Giao ước thi đua của khối, cụm").click();
        assertThat(browser.heading()).isEqualTo("Giao ước thi đua");
        assertThat(browser.mainText()).contains(UNIT, OTHER, "Chưa ký");
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.press("Ký giao ước");
        browser.awaitText("Đơn vị đã ký giao ước ngày");

        String today = TODAY.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(browser.mainText()).contains("Đơn vị đã ký giao ước ngày " + today, "Đã ký ngày " + today);
        assertThat(browser.all(By.xpath("//button[normalize-space()='Ký giao ước']")))
                .isEmpty();
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("officer-covenant");
    }

    @Test
    @Order(4)
    void aBadEvidenceLinkIsRefusedBesideItsFieldAndWhatWasTypedStays() throws Exception {
        // the office accepts the registration: only then has it score sheets
        assertThat(stack.campaigns
                        .post("/api/v1/campaigns/" + campaignId + "/registrations/" + registrationId + "/accept", "{}")
                        .statusCode())
                .isEqualTo(200);
        browser.open("/campaigns/" + campaignId);
        assertThat(browser.mainText()).contains("đã được chấp nhận");
        browser.press("Lập bảng tự chấm điểm sơ kết 6 tháng");
        assertThat(browser.path()).startsWith("/score-sheets/");
        sheetId = browser.path().substring("/score-sheets/".length());
        assertThat(browser.heading()).isEqualTo("Bảng tự chấm điểm sơ kết 6 tháng");
        assertThat(browser.mainText())
                .contains(
                        "I. Thực hiện nhiệm vụ chuyên môn",
                        "II. Xây dựng đội ngũ",
                        "A1. Hoàn thành chỉ tiêu kế hoạch (tối đa 40 điểm)",
                        "Đang soạn");

        browser.type("Điểm tự chấm A1", "35")
                .type("Điểm tự chấm A2", "25")
                .type("Điểm tự chấm B1", "20")
                .type("Đường dẫn minh chứng A2 (mỗi dòng một đường dẫn)", "javascript:alert(1)");
        browser.press("Lưu bảng điểm");
        browser.awaitText("phải là một địa chỉ http hoặc https đầy đủ");

        WebElement evidence = browser.field("Đường dẫn minh chứng A2 (mỗi dòng một đường dẫn)");
        assertThat(evidence.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id(evidence.getDomAttribute("aria-describedby")))
                        .getText())
                .contains("phải là một địa chỉ http hoặc https đầy đủ");
        assertThat(evidence.getDomProperty("value")).isEqualTo("javascript:alert(1)");
        assertThat(browser.field("Điểm tự chấm A1").getDomProperty("value")).isEqualTo("35");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(5)
    void pointsAboveTheCriterionsMaximumAreRefusedBesideThatCriterion() {
        browser.type("Đường dẫn minh chứng A2 (mỗi dòng một đường dẫn)", "https://ninhbinh.vn/minh-chung/cai-cach")
                .type("Điểm tự chấm A1", "45");
        browser.press("Lưu bảng điểm");
        browser.awaitText("không được vượt quá 40");

        WebElement points = browser.field("Điểm tự chấm A1");
        assertThat(points.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id(points.getDomAttribute("aria-describedby")))
                        .getText())
                .contains("không được vượt quá 40");
        assertThat(points.getDomProperty("value")).isEqualTo("45");
        assertThat(browser.field("Đường dẫn minh chứng A2 (mỗi dòng một đường dẫn)")
                        .getDomProperty("value"))
                .isEqualTo("https://ninhbinh.vn/minh-chung/cai-cach");
        assertThat(browser.field("Điểm tự chấm A2").getDomAttribute("aria-invalid"))
                .isNull();
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("officer-sheet-errors");
    }

    @Test
    @Order(6)
    void theOfficerSubmitsTheMidYearSheet() {
        browser.type("Điểm tự chấm A1", "38");
        browser.press("Lưu và gửi bảng điểm");
        browser.awaitText("Đã gửi bảng điểm để thẩm định.");

        assertThat(browser.path()).startsWith("/score-sheets/" + sheetId);
        assertThat(browser.mainText())
                .contains(
                        "Đã gửi bảng điểm để thẩm định.",
                        "Đã gửi, chờ thẩm định",
                        "Điểm tự chấm: 38",
                        "https://ninhbinh.vn/minh-chung/cai-cach")
                .doesNotContain("SUBMITTED");
        assertThat(browser.all(By.xpath("//button[normalize-space()='Lưu và gửi bảng điểm']")))
                .isEmpty();
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(7)
    void theReturnEmailLeadsToTheSheetWithTheReturnReason() throws Exception {
        assertThat(stack.campaigns
                        .post(
                                "/api/v1/campaigns/" + campaignId + "/periods/MID_YEAR/score-sheets/" + sheetId
                                        + "/return",
                                JSON.writeValueAsString(Map.of("reason", RETURN_REASON)))
                        .statusCode())
                .isEqualTo(200);
        String link = await().atMost(Duration.ofSeconds(90))
                .until(() -> linkInMail("/score-sheets/" + sheetId), Optional::isPresent)
                .orElseThrow();

        browser.open(link);

        assertThat(browser.path()).isEqualTo("/score-sheets/" + sheetId);
        assertThat(browser.mainText()).contains("Bảng điểm bị trả lại. Lý do: " + RETURN_REASON, "Đang soạn");
        assertThat(browser.field("Điểm tự chấm A1").getDomProperty("value")).isEqualTo("38");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("officer-sheet-returned");
    }

    @Test
    @Order(8)
    void theOfficerCorrectsAndResubmitsTheSheet() {
        browser.type("Điểm tự chấm A1", "36")
                .type("Đường dẫn minh chứng A1 (mỗi dòng một đường dẫn)", "https://ninhbinh.vn/minh-chung/chi-tieu");
        browser.press("Lưu và gửi bảng điểm");
        browser.awaitText("Đã gửi bảng điểm để thẩm định.");

        assertThat(browser.mainText())
                .contains("Đã gửi, chờ thẩm định", "Điểm tự chấm: 36", "https://ninhbinh.vn/minh-chung/chi-tieu");
        browser.open("/score-sheets");
        assertThat(browser.mainText()).contains(TITLE, "Bảng tự chấm điểm sơ kết 6 tháng", "Đã gửi, chờ thẩm định");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(9)
    void theInboxListsTheUnitsNoticesUnreadFirstAndOpeningOneShowsItAndMarksItRead() {
        browser.open("/inbox");
        assertThat(browser.heading()).isEqualTo("Thông báo của đơn vị");
        List<WebElement> unread = browser.all(By.cssSelector("li.unread"));
        assertThat(unread).isNotEmpty();
        assertThat(browser.accessibilityProblems()).isEmpty();
        int before = unread.size();
        String subject = unread.get(0).findElement(By.tagName("button")).getText();

        unread.get(0).findElement(By.tagName("button")).click();
        browser.find(By.cssSelector("li .notice-text"));

        WebElement opened = browser.find(By.cssSelector("li .notice-text"));
        assertThat(opened.getText()).isNotBlank();
        assertThat(browser.all(By.cssSelector("li.unread"))).hasSize(before - 1);
        assertThat(browser.mainText()).contains(subject);
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("officer-inbox");
    }

    private Map<String, Object> campaign(String group) {
        LocalDate deadline = TODAY.plusDays(5);
        LocalDate midYearEnd = deadline.isAfter(LocalDate.of(YEAR, 6, 30)) ? deadline : LocalDate.of(YEAR, 6, 30);
        LocalDate midYearDue = deadline.isAfter(LocalDate.of(YEAR, 7, 15)) ? deadline : LocalDate.of(YEAR, 7, 15);
        LocalDate monthAgo = TODAY.minusDays(30);
        LocalDate start = monthAgo.isBefore(LocalDate.of(YEAR - 1, 12, 1)) ? LocalDate.of(YEAR - 1, 12, 1) : monthAgo;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "PT-" + TAG);
        body.put("title", TITLE);
        body.put("theme", "Đổi mới, sáng tạo, hoàn thành xuất sắc nhiệm vụ năm " + YEAR);
        body.put("kind", "REGULAR");
        body.put("year", YEAR);
        body.put("startDate", start.toString());
        body.put("endDate", LocalDate.of(YEAR + 1, 1, 31).toString());
        body.put("registrationDeadline", deadline.toString());
        body.put("scope", Map.of("allUnits", false, "groupIds", List.of(group)));
        body.put(
                "periods",
                List.of(
                        Map.of(
                                "period",
                                "MID_YEAR",
                                "endDate",
                                midYearEnd.toString(),
                                "submissionDeadline",
                                midYearDue.toString()),
                        Map.of(
                                "period",
                                "YEAR_END",
                                "endDate",
                                LocalDate.of(YEAR, 12, 31).toString(),
                                "submissionDeadline",
                                LocalDate.of(YEAR + 1, 1, 15).toString())));
        body.put("criteria", ReviewWorld.CRITERIA);
        return body;
    }

    /** The portal link to {@code path} in an e-mail the unit's contact received, if one arrived. */
    private Optional<String> linkInMail(String path) {
        Pattern link = Pattern.compile("https?://[^\\s\"<>]+" + Pattern.quote(path) + "(?![\\w-])");
        return stack.smtp.receivedMessages().stream()
                .filter(mail -> mail.to().stream().anyMatch(to -> to.contains(EMAIL)))
                .map(mail -> link.matcher(mail.text()))
                .filter(Matcher::find)
                .map(Matcher::group)
                .findFirst();
    }

    private static String created(RunningService service, String path, Map<String, Object> body) throws Exception {
        HttpResponse<String> answer = service.post(path, JSON.writeValueAsString(body));
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(201);
        return JSON.readTree(answer.body()).get("id").asText();
    }

    private static String createdOrNull(RunningService service, String path, Map<String, Object> body)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = service.post(path, JSON.writeValueAsString(body));
        if (answer.statusCode() == 422) {
            return null;
        }
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(201);
        JsonNode id = JSON.readTree(answer.body()).get("id");
        return id.asText();
    }
}
