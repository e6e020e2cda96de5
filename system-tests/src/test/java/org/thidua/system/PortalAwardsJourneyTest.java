package org.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thidua.system.ReviewWorld.created;
import static org.thidua.system.ReviewWorld.json;
import static org.thidua.system.ReviewWorld.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.openqa.selenium.support.ui.Select;
import org.thidua.local.EmbeddedSmtp;
import org.thidua.testing.TestTokens;

/**
 * The emulation office's awards in a real Chromium: it discloses a nomination the council approved, opens it from the
 * disclosure e-mail's link, a unit's officer reads it and objects, the office sees the objection, issues a decision
 * for another nomination whose disclosure ended, opens it from the award e-mail's link and prints it with the bonuses
 * in đồng, finds the award in the registry by the unit's name typed without accents (the unit reads its own awards),
 * nominates a unit by hand, revokes the award with a reason and answers the objection; on a phone the pages fit the
 * screen. Nominations and the council's votes are made through awards-service's API (the council's pages are another
 * part). Every page passes axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalAwardsJourneyTest {

    static final String OFFICE = PortalSignInJourneyTest.OFFICE;
    private static final int YEAR = 2024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>()]+");

    private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private final String unitName = "Đoàn Khen thưởng Hà Tĩnh " + suffix;
    private final String contact = "aw-" + suffix.toLowerCase(Locale.ROOT) + "@example.vn";
    private final String objectionText = "Đồng chí Lan chưa hoàn thành báo cáo quý IV " + suffix;

    private PortalStack stack;
    private Browser browser;
    private String unitId;
    private String disclosed;
    private String decided;
    private String decisionId;
    private String decisionNumber;
    private String bonus;

    @BeforeAll
    void start() throws Exception {
        stack = PortalStack.get();
        browser = new Browser(stack);
        unitId = created(stack.units.post("/api/v1/units", json(Map.of("code", "AW-" + suffix, "name", unitName))))
                .get("id")
                .asText();
        created(stack.units.post(
                "/api/v1/units/" + unitId + "/contacts",
                json(Map.of("email", contact, "role", "EMULATION_OFFICER", "name", "Lê Thị Hoa"))));
        String lan = created(stack.units.post(
                        "/api/v1/units/" + unitId + "/members",
                        json(Map.of("fullName", "Nguyễn Thị Lan", "position", "Chuyên viên"))))
                .get("id")
                .asText();
        String hung = created(stack.units.post(
                        "/api/v1/units/" + unitId + "/members",
                        json(Map.of("fullName", "Trần Văn Hùng", "position", "Chuyên viên chính"))))
                .get("id")
                .asText();
        disclosed = nominate(lan, "Hoàn thành xuất sắc nhiệm vụ năm " + YEAR);
        decided = nominate(hung, "Hoàn thành tốt nhiệm vụ năm " + YEAR);

        // the council approves both: one member, who votes with a council member's token
        String chair = "aw-chair-" + suffix;
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
                                json(Map.of("nominationIds", List.of(disclosed, decided)))))
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
                                List.of(
                                        Map.of("nominationId", disclosed, "choice", "APPROVE"),
                                        Map.of("nominationId", decided, "choice", "APPROVE"))))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(votes.statusCode()).as(votes.body()).isEqualTo(200);
        ok(stack.awards.post(sessionPath + "/close", "{}"));

        // one is disclosed 30 days ago: its window has ended, the office may decide it
        ok(stack.awards.post("/api/v1/nominations/disclose", json(Map.of("nominationIds", List.of(decided)))));
        assertThat(stack.awards.update("UPDATE nomination SET disclosure_start = disclosure_start - INTERVAL 30 DAY,"
                        + " disclosure_end = disclosure_end - INTERVAL 30 DAY WHERE id = '" + decided + "'"))
                .isEqualTo(1);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    @Order(1)
    void theOfficeDisclosesANominationTheCouncilApprovedFromTheList() {
        browser.open("/sign-in").signInAs(OFFICE);
        browser.open("/nominations?state=APPROVED&unitId=" + unitId);

        assertThat(browser.heading()).isEqualTo("Đề nghị khen thưởng");
        assertThat(browser.mainText())
                .contains("Nguyễn Thị Lan", unitName, "Lao động tiên tiến", "Hội đồng đã thông qua")
                .doesNotContain("APPROVED");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.find(By.id("pick-" + disclosed)).click();
        browser.press("Công khai");

        assertThat(browser.path()).isEqualTo("/nominations?year=" + YEAR + "&state=DISCLOSED");
        assertThat(browser.mainText()).contains("Nguyễn Thị Lan", "Đang công khai, nhận ý kiến");
        assertThat(state(disclosed)).isEqualTo("DISCLOSED");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("awards-nominations");
    }

    @Test
    @Order(2)
    void theOfficeOpensTheNominationFromTheDisclosureEmailsLink() throws Exception {
        String link = linkInMail("/nominations/" + disclosed);
        JsonNode nomination = JSON.readTree(
                stack.awards.get("/api/v1/nominations/" + disclosed).body());

        browser.open(link);

        assertThat(browser.path()).isEqualTo("/nominations/" + disclosed);
        assertThat(browser.heading()).isEqualTo("Lao động tiên tiến: Nguyễn Thị Lan");
        assertThat(browser.mainText())
                .contains(
                        unitName,
                        "Hoàn thành xuất sắc nhiệm vụ năm " + YEAR,
                        "Đang công khai, nhận ý kiến",
                        day(nomination.get("disclosureStart").asText()) + " – "
                                + day(nomination.get("disclosureEnd").asText()),
                        "Chưa có ý kiến nào.");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(3)
    void aUnitsOfficerReadsTheNominationAndAnEmptyObjectionIsRefusedAtItsField() {
        browser.signOut();
        browser.open("/sign-in?unit=" + URLEncoder.encode(suffix, StandardCharsets.UTF_8))
                .signInAs(unitName);
        browser.open("/nominations/" + disclosed);

        assertThat(browser.heading()).isEqualTo("Lao động tiên tiến: Nguyễn Thị Lan");
        assertThat(browser.mainText()).doesNotContain("Rút đề nghị");
        browser.press("Gửi ý kiến");

        assertThat(browser.find(By.id("form-errors")).isDisplayed()).isTrue();
        assertThat(browser.field("Nội dung ý kiến").getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(4)
    void aUnitsOfficerSendsAnObjection() throws Exception {
        browser.open("/nominations/" + disclosed);
        browser.type("Nội dung ý kiến", objectionText).press("Gửi ý kiến");

        assertThat(browser.path()).isEqualTo("/nominations/" + disclosed + "?objected");
        assertThat(browser.mainText()).contains("Đã gửi ý kiến của bạn.");
        JsonNode objections = JSON.readTree(stack.awards
                .get("/api/v1/nominations/" + disclosed + "/objections")
                .body());
        assertThat(objections).extracting(o -> o.get("text").asText()).containsExactly(objectionText);
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("awards-nomination");
    }

    @Test
    @Order(5)
    void theOfficeSeesTheOpenObjection() {
        browser.signOut();
        browser.open("/sign-in").signInAs(OFFICE);
        browser.open("/nominations/" + disclosed);

        assertThat(browser.mainText()).contains("Ý kiến phản ánh", objectionText, "Chưa xử lý", "Giữ đề nghị");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(6)
    void theOfficeIssuesADecisionForADisclosedNominationAndAMissingSignerIsRefusedAtItsField() throws Exception {
        browser.open("/nominations?state=DISCLOSED&unitId=" + unitId);
        browser.find(By.id("pick-" + decided)).click();
        assertThat(browser.all(By.id("pick-" + disclosed)))
                .as("its disclosure has not ended")
                .isEmpty();
        browser.type("Mã cơ quan trong số quyết định (ví dụ VPQH trong 15/QĐ-VPQH)", "VPQH-" + suffix)
                .type("Chức vụ người ký", "Chánh Văn phòng")
                .press("Ra quyết định");

        assertThat(browser.field("Họ và tên người ký").getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.field("Chức vụ người ký").getDomProperty("value")).isEqualTo("Chánh Văn phòng");
        assertThat(browser.find(By.id("pick-" + decided)).isSelected()).isTrue();
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.type("Họ và tên người ký", "Nguyễn Văn Giang").press("Ra quyết định");

        assertThat(browser.path()).startsWith("/decisions/");
        decisionId = browser.path().substring("/decisions/".length());
        JsonNode decision = JSON.readTree(
                stack.awards.get("/api/v1/decisions/" + decisionId).body());
        decisionNumber = decision.get("number").asText();
        assertThat(decisionNumber).isEqualTo("1/QĐ-VPQH-" + suffix);
        bonus = dong(decision.get("awards").get(0).get("bonusAmount").decimalValue());
        assertThat(browser.heading()).isEqualTo("Quyết định số " + decisionNumber);
        assertThat(state(decided)).isEqualTo("DECIDED");
    }

    @Test
    @Order(7)
    void theOfficeOpensTheDecisionFromTheAwardEmailsLink() {
        browser.open(linkInMail("/decisions/" + decisionId));

        assertThat(browser.path()).isEqualTo("/decisions/" + decisionId);
        assertThat(browser.heading()).isEqualTo("Quyết định số " + decisionNumber);
        assertThat(browser.mainText())
                .contains(
                        "Trần Văn Hùng",
                        unitName,
                        "Lao động tiên tiến",
                        bonus,
                        "Nguyễn Văn Giang, Chánh Văn phòng",
                        LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DAY),
                        "Còn hiệu lực");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("awards-decision");

        browser.open("/decisions?year=" + YEAR);
        assertThat(browser.link(decisionNumber).getDomAttribute("href")).isEqualTo("/decisions/" + decisionId);
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(8)
    void thePrintViewOfTheDecisionShowsTheAmountsWithoutTheNavigation() {
        browser.open("/decisions/" + decisionId);
        browser.link("In quyết định").click();

        assertThat(browser.path()).isEqualTo("/decisions/" + decisionId + "/print");
        assertThat(browser.mainText())
                .contains(
                        "Số: " + decisionNumber,
                        "Trần Văn Hùng",
                        "Lao động tiên tiến",
                        bonus,
                        "Tổng tiền thưởng",
                        "Nguyễn Văn Giang");
        assertThat(browser.all(By.tagName("nav"))).isEmpty();
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("awards-decision-print");
    }

    @Test
    @Order(9)
    void theRegistryFindsTheAwardByTheUnitsNameTypedWithoutAccents() {
        browser.open("/awards");
        assertThat(browser.heading()).isEqualTo("Sổ khen thưởng");
        browser.type(
                        "Tìm theo tên đơn vị hoặc người được khen thưởng (gõ không dấu cũng được)",
                        "doan khen thuong ha tinh " + suffix.toLowerCase(Locale.ROOT))
                .press("Tìm");

        assertThat(browser.mainText())
                .contains("1 khen thưởng", "Trần Văn Hùng", unitName, decisionNumber, bonus)
                .doesNotContain("Nguyễn Thị Lan");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("awards-registry");
    }

    @Test
    @Order(10)
    void aUnitsOfficerSeesItsOwnUnitsAwards() {
        browser.signOut();
        browser.open("/sign-in?unit=" + URLEncoder.encode(suffix, StandardCharsets.UTF_8))
                .signInAs(unitName);
        browser.open("/awards");

        assertThat(browser.heading()).isEqualTo("Khen thưởng của đơn vị");
        assertThat(browser.mainText()).contains("1 khen thưởng", "Trần Văn Hùng", bonus);
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(11)
    void theOfficeNominatesAUnitByHandAndGroundsAreRequiredAtTheirField() {
        browser.signOut();
        browser.open("/sign-in").signInAs(OFFICE);
        browser.open("/nominations").link("Đề nghị khen thưởng mới").click();
        browser.type(
                        "Tìm đơn vị được đề nghị theo tên (gõ không dấu cũng được)",
                        "ha tinh " + suffix.toLowerCase(Locale.ROOT))
                .press("Tìm");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.link(unitName).click();
        new Select(browser.field("Danh hiệu")).selectByVisibleText("Tập thể lao động tiên tiến");
        browser.press("Gửi đề nghị");

        assertThat(browser.field("Căn cứ đề nghị (mỗi căn cứ một dòng)").getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(new Select(browser.field("Danh hiệu"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Tập thể lao động tiên tiến");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.type("Căn cứ đề nghị (mỗi căn cứ một dòng)", "Tập thể hoàn thành xuất sắc nhiệm vụ năm " + YEAR)
                .type("Năm", Integer.toString(YEAR))
                .press("Gửi đề nghị");

        assertThat(browser.path()).startsWith("/nominations/");
        assertThat(browser.heading()).isEqualTo("Tập thể lao động tiên tiến: " + unitName);
        assertThat(browser.mainText()).contains("Mới đề nghị", "Tập thể hoàn thành xuất sắc nhiệm vụ năm " + YEAR);
        assertThat(state(browser.path().substring("/nominations/".length()))).isEqualTo("PROPOSED");
    }

    @Test
    @Order(12)
    void theOfficeRevokesTheAwardWithAReasonAndNotWithout() throws Exception {
        browser.open("/decisions/" + decisionId).press("Thu hồi khen thưởng");

        assertThat(browser.field("Lý do thu hồi").getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.mainText()).contains("Còn hiệu lực");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.type("Lý do thu hồi", "Phát hiện sai sót trong hồ sơ").press("Thu hồi khen thưởng");

        assertThat(browser.path()).isEqualTo("/decisions/" + decisionId);
        assertThat(browser.mainText())
                .contains("Đã thu hồi", "(lý do: Phát hiện sai sót trong hồ sơ)")
                .doesNotContain("Còn hiệu lực");
        JsonNode decision = JSON.readTree(
                stack.awards.get("/api/v1/decisions/" + decisionId).body());
        assertThat(decision.get("awards").get(0).get("state").asText()).isEqualTo("REVOKED");
    }

    @Test
    @Order(13)
    void theOfficeAnswersTheObjectionAndTheNominationStands() throws Exception {
        browser.open("/nominations/" + disclosed);
        browser.type("Trả lời ý kiến", "Đã xác minh: báo cáo quý IV đã nộp đủ").press("Giữ đề nghị");

        assertThat(browser.path()).isEqualTo("/nominations/" + disclosed);
        assertThat(browser.mainText())
                .contains(
                        "Đã xem xét, giữ đề nghị",
                        "Trả lời: Đã xác minh: báo cáo quý IV đã nộp đủ",
                        "Đang công khai, nhận ý kiến");
        JsonNode objections = JSON.readTree(stack.awards
                .get("/api/v1/nominations/" + disclosed + "/objections")
                .body());
        assertThat(objections.get(0).get("state").asText()).isEqualTo("DISMISSED");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(14)
    void onAPhoneTheDecisionAndTheRegistryFitTheScreen() {
        browser.phone();
        try {
            browser.open("/decisions/" + decisionId);
            assertThat(browser.heading()).isEqualTo("Quyết định số " + decisionNumber);
            assertThat(browser.scrollsSideways()).isFalse();
            browser.screenshot("awards-decision-phone");
            browser.open("/awards?q=" + URLEncoder.encode("ha tinh " + suffix, StandardCharsets.UTF_8));
            assertThat(browser.mainText()).contains("Trần Văn Hùng");
            assertThat(browser.scrollsSideways()).isFalse();
        } finally {
            browser.desktop();
        }
    }

    private String nominate(String memberId, String ground) {
        String body = json(Map.of(
                "year",
                YEAR,
                "titleCode",
                "LDTT",
                "recipientKind",
                "MEMBER",
                "unitId",
                unitId,
                "memberId",
                memberId,
                "grounds",
                List.of(ground)));
        // awards-service knows the member once units-service's event reached it
        HttpResponse<String> answer = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> stack.awards.post("/api/v1/nominations", body), r -> r.statusCode() != 400);
        return created(answer).get("id").asText();
    }

    private String state(String nominationId) {
        try {
            return JSON.readTree(stack.awards
                            .get("/api/v1/nominations/" + nominationId)
                            .body())
                    .get("state")
                    .asText();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The link to {@code path} in an e-mail the unit's contact received. */
    private String linkInMail(String path) {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> stack.smtp.receivedMessages().stream()
                                .filter(mail -> mail.to().stream().anyMatch(to -> to.contains(contact)))
                                .map(EmbeddedSmtp.ReceivedMail::text)
                                .flatMap(text -> {
                                    Matcher links = LINK.matcher(text);
                                    return links.results().map(r -> r.group()).toList().stream();
                                })
                                .map(link -> link.replaceAll("[.,;]+$", ""))
                                .filter(link -> link.endsWith(path))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static String day(String isoDate) {
        return LocalDate.parse(isoDate).format(DAY);
    }

    /** {@code 1490000} → {@code 1.490.000 ₫}, as a person reads an amount. */
    private static String dong(BigDecimal amount) {
        DecimalFormat grouped =
                new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        return grouped.format(amount.setScale(0, RoundingMode.HALF_UP)) + " ₫";
    }
}
