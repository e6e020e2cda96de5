package org.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.openqa.selenium.WebElement;

/**
 * Journey 2, the emulation office's year in a real Chromium: it drafts a campaign through the pages (dates, criteria,
 * a scope of two groups), launches it, accepts one registration and returns another with a reason, reminds the late
 * units from the progress board, finalizes the mid-year period and reads a ranking with a tie; and imports units from
 * a CSV file, seeing the refused rows. Units register and sheets are approved through the services' APIs. Every page
 * passes axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalOfficeJourneyTest {

    static final String OFFICE = "Phòng Thi đua - Khen thưởng (quản trị)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    /** As campaigns-service's own tests pick it: every date below lies in the campaign's emulation year (ADR 21). */
    private static final int YEAR = TODAY.plusDays(13).getYear();

    private final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private final String title = "Phong trào thi đua văn phòng " + tag;
    private final Map<String, String> unitIds = new LinkedHashMap<>();
    private final Map<String, String> unitNames = new LinkedHashMap<>();

    private PortalStack stack;
    private Browser browser;
    private String blockId;
    private String clusterId;
    private String blockName;
    private String clusterName;
    private String campaignId;
    private String probeId;
    private final Map<String, String> registrationIds = new LinkedHashMap<>();

    @BeforeAll
    void start() throws Exception {
        stack = PortalStack.get();
        browser = new Browser(stack);
        unit("a", "Văn phòng Đoàn ĐBQH tỉnh Thanh Hóa " + tag);
        unit("b", "Văn phòng Đoàn ĐBQH tỉnh Nghệ An " + tag);
        unit("e", "Văn phòng Đoàn ĐBQH tỉnh Hà Tĩnh " + tag);
        unit("c", "Văn phòng Đoàn ĐBQH tỉnh Phú Thọ " + tag);
        unit("d", "Văn phòng Đoàn ĐBQH tỉnh Yên Bái " + tag);
        blockName = "Khối thi đua số III " + tag;
        clusterName = "Cụm thi đua trung du miền núi " + tag;
        blockId = group("BLOCK", "K3-" + tag, blockName, List.of("a", "b", "e"));
        clusterId = group("CLUSTER", "CUM-" + tag, clusterName, List.of("c", "d"));
        // a campaign may name only groups campaigns-service has heard of (ADR 21): wait until it accepts both
        Map<String, Object> probe = new LinkedHashMap<>(campaignBody("PROBE-" + tag));
        probe.put("scope", Map.of("allUnits", false, "groupIds", List.of(blockId, clusterId)));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    var answer = stack.campaigns.post("/api/v1/campaigns", JSON.writeValueAsString(probe));
                    if (answer.statusCode() == 201) {
                        probeId = JSON.readTree(answer.body()).get("id").asText();
                        return true;
                    }
                    return false;
                });
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    @Order(1)
    void theOfficeDraftsACampaignTypingDatesAsVietnameseWriteThem() {
        browser.open("/sign-in").signInAs(OFFICE);
        browser.open("/campaigns");
        assertThat(browser.link("Soạn phong trào mới").getDomAttribute("href")).isEqualTo("/campaigns/new");
        browser.open("/campaigns/new");
        assertThat(browser.heading()).isEqualTo("Soạn phong trào thi đua mới");
        assertThat(browser.accessibilityProblems()).isEmpty();

        Map<String, Object> body = campaignBody("OFC-" + tag);
        browser.type("Tên phong trào", title)
                .type("Mã phong trào", "OFC-" + tag)
                .type("Chủ đề", "Đoàn kết, đổi mới, hoàn thành xuất sắc nhiệm vụ")
                .type("Năm thi đua", Integer.toString(YEAR))
                .type("Ngày bắt đầu", vn(body.get("startDate")))
                .type("Ngày kết thúc", vn(body.get("endDate")))
                .type("Hạn đăng ký thi đua", "31/02/" + YEAR)
                .type("Sơ kết 6 tháng: tính đến ngày", vn(period(body, 0).get("endDate")))
                .type(
                        "Sơ kết 6 tháng: hạn nộp bảng chấm điểm",
                        vn(period(body, 0).get("submissionDeadline")))
                .type("Tổng kết năm: tính đến ngày", vn(period(body, 1).get("endDate")))
                .type("Tổng kết năm: hạn nộp bảng chấm điểm", vn(period(body, 1).get("submissionDeadline")));
        browser.press("Lưu bản nháp");

        // a day that does not exist is told next to its field, and what was typed stays
        WebElement deadline = browser.field("Hạn đăng ký thi đua");
        assertThat(deadline.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id(deadline.getDomAttribute("aria-describedby")))
                        .getText())
                .contains("ví dụ 15/01/2020");
        assertThat(browser.field("Tên phong trào").getDomProperty("value")).isEqualTo(title);
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.type("Hạn đăng ký thi đua", vn(body.get("registrationDeadline")))
                .press("Lưu bản nháp");

        assertThat(browser.path()).startsWith("/campaigns/");
        assertThat(browser.heading()).isEqualTo(title);
        assertThat(browser.mainText())
                .contains("Bản nháp", "Tất cả đơn vị", "Hạn đăng ký", vn(body.get("registrationDeadline")));
        campaignId = browser.path().substring("/campaigns/".length());
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(2)
    void theCriteriaEditorShowsTheServicesRefusalThenSavesTheCriteria() {
        browser.open("/campaigns/" + campaignId);
        browser.link("Sửa bộ tiêu chí").click();
        browser.awaitText("Tiêu chí 1");
        assertThat(browser.heading()).isEqualTo("Bộ tiêu chí chấm điểm");
        assertThat(browser.accessibilityProblems()).isEmpty();

        criterion(0, "I. Thực hiện nhiệm vụ chuyên môn", "A1", "Hoàn thành chỉ tiêu kế hoạch", "0");
        criterion(1, "II. Xây dựng đội ngũ", "B1", "Cán bộ học tập, rèn luyện", "60");
        browser.press("Lưu bộ tiêu chí");

        assertThat(browser.heading()).isEqualTo("Bộ tiêu chí chấm điểm");
        assertThat(browser.find(By.cssSelector("ul.alert")).getText()).contains("maxPoints");
        assertThat(browser.find(By.id("name-0")).getDomProperty("value")).isEqualTo("Hoàn thành chỉ tiêu kế hoạch");

        browser.find(By.id("max-0")).clear();
        browser.find(By.id("max-0")).sendKeys("40");
        browser.press("Lưu bộ tiêu chí");

        assertThat(browser.heading()).isEqualTo(title);
        assertThat(browser.mainText())
                .contains("Bộ tiêu chí (2 tiêu chí)", "Hoàn thành chỉ tiêu kế hoạch", "Cán bộ học tập, rèn luyện");
    }

    @Test
    @Order(3)
    void theScopeIsNarrowedToTwoGroups() {
        browser.open("/campaigns/" + campaignId + "/scope");
        assertThat(browser.heading()).isEqualTo("Phạm vi phong trào");
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.find(By.id("scope-groups")).click();
        browser.find(By.id("g-" + blockId)).click();
        browser.find(By.id("g-" + clusterId)).click();
        browser.press("Lưu phạm vi");

        assertThat(browser.heading()).isEqualTo(title);
        assertThat(browser.mainText()).contains(blockName, clusterName).doesNotContain("Tất cả đơn vị");
    }

    @Test
    @Order(4)
    void theOfficeLaunchesTheCampaign() {
        browser.open("/campaigns/" + campaignId).press("Phát động phong trào");

        assertThat(browser.heading()).isEqualTo(title);
        assertThat(browser.mainText()).contains("Đã phát động", "Đăng ký thi đua", "Tiến độ phong trào");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("office-campaign");
    }

    @Test
    @Order(5)
    void theOfficeAcceptsOneRegistrationAndReturnsAnotherWithAReason() throws Exception {
        for (String unit : List.of("a", "b", "e", "c")) {
            registrationIds.put(unit, register(unit));
        }
        browser.open("/campaigns/" + campaignId + "/registrations");
        assertThat(browser.heading()).isEqualTo("Đăng ký thi đua");
        assertThat(browser.mainText()).contains(unitNames.get("a"), unitNames.get("b"), "Chờ duyệt");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("office-registrations");

        browser.press("Chấp nhận đăng ký của " + unitNames.get("a"));
        assertThat(row(unitNames.get("a"))).contains("Đã chấp nhận");

        // blank words are no reason: the service's refusal stands next to the field, the page keeps the rest
        String reasonLabel = "Lý do trả lại đăng ký của " + unitNames.get("b");
        browser.type(reasonLabel, "   ").press("Trả lại đăng ký của " + unitNames.get("b"));
        WebElement reason = browser.field(reasonLabel);
        assertThat(reason.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id(reason.getDomAttribute("aria-describedby")))
                        .getText())
                .isNotBlank();
        assertThat(row(unitNames.get("b"))).contains("Chờ duyệt");
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.type(reasonLabel, "Thiếu chữ ký của thủ trưởng đơn vị")
                .press("Trả lại đăng ký của " + unitNames.get("b"));
        assertThat(row(unitNames.get("b"))).contains("Đã trả lại", "Thiếu chữ ký của thủ trưởng đơn vị");

        browser.open("/campaigns/" + campaignId + "/registrations?state=RETURNED");
        assertThat(browser.all(By.xpath("//tbody/tr"))).hasSize(1);
        assertThat(row(unitNames.get("b"))).contains("Đã trả lại");
    }

    @Test
    @Order(6)
    void theProgressBoardSaysWhoDidWhatAndRemindNowSaysHowManyWereReminded() throws Exception {
        accept("e");
        accept("c");
        browser.open("/campaigns/" + campaignId + "/progress");
        assertThat(browser.heading()).isEqualTo("Tiến độ phong trào");
        assertThat(row(unitNames.get("d"))).contains("Chưa đăng ký", clusterName, "Chưa nhắc");
        assertThat(row(unitNames.get("b"))).contains("Đã trả lại", blockName);
        assertThat(row(unitNames.get("a"))).contains("Đã chấp nhận");
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.press("Nhắc hạn ngay");

        Matcher told = Pattern.compile("Đã gửi nhắc hạn tới (\\d+) đơn vị").matcher(browser.mainText());
        assertThat(told.find()).isTrue();
        int reminded = Integer.parseInt(told.group(1));
        assertThat(reminded).isPositive();
        assertThat(row(unitNames.get("d"))).contains("nhắc thủ công");
        assertThat(browser.all(By.xpath("//tbody/tr[td[contains(., 'nhắc thủ công')]]")))
                .hasSize(reminded);
        browser.screenshot("office-progress");

        // accent-insensitive search and the group filter, as a link or a form without JavaScript
        browser.open("/campaigns/" + campaignId + "/progress?q="
                + URLEncoder.encode("thanh hoa " + tag.toLowerCase(Locale.ROOT), StandardCharsets.UTF_8));
        assertThat(browser.mainText()).contains(unitNames.get("a")).doesNotContain(unitNames.get("b"));
        browser.open("/campaigns/" + campaignId + "/progress?groupId=" + clusterId);
        assertThat(browser.mainText())
                .contains(unitNames.get("c"), unitNames.get("d"))
                .doesNotContain(unitNames.get("a"));
    }

    @Test
    @Order(7)
    void theOfficeFinalizesTheMidYearPeriodAndSeesTheRankingWithATie() throws Exception {
        browser.open("/campaigns/" + campaignId).press("Bắt đầu thực hiện");
        assertThat(browser.mainText()).contains("Đang diễn ra");
        approvedSheet("a", 30, 50);
        approvedSheet("e", 40, 40);
        approvedSheet("c", 35, 30);

        browser.open("/campaigns/" + campaignId);
        browser.link("Chốt kết quả sơ kết 6 tháng").click();
        browser.awaitText("Loại khỏi xếp hạng");
        assertThat(browser.heading()).isEqualTo("Chốt kết quả sơ kết 6 tháng");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.press("Chốt kết quả sơ kết 6 tháng");

        assertThat(browser.path()).isEqualTo("/campaigns/" + campaignId + "/rankings/MID_YEAR");
        assertThat(browser.heading()).isEqualTo("Xếp hạng sơ kết 6 tháng");
        assertThat(row(unitNames.get("a"))).contains("1", "(đồng hạng)", "80");
        assertThat(row(unitNames.get("e"))).contains("1", "(đồng hạng)", "80");
        assertThat(row(unitNames.get("c"))).contains("1", "65").doesNotContain("đồng hạng");
        assertThat(browser.mainText()).contains(blockName, clusterName).doesNotContain(unitNames.get("b"));
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("office-ranking");
    }

    @Test
    @Order(8)
    void aUnitsOfficerSeesItsOwnUnitMarkedInTheRanking() {
        browser.forgetSession()
                .open("/sign-in?unit=" + URLEncoder.encode(unitNames.get("e"), StandardCharsets.UTF_8))
                .signInAs(unitNames.get("e"));
        browser.open("/campaigns/" + campaignId + "/rankings/MID_YEAR");

        assertThat(row(unitNames.get("e"))).contains("(đơn vị của bạn)");
        assertThat(row(unitNames.get("a"))).doesNotContain("(đơn vị của bạn)");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.forgetSession();
    }

    @Test
    @Order(9)
    void aCsvUploadShowsTheRefusedRowsThenImportsACorrectedFile() throws IOException {
        browser.open("/sign-in").signInAs(OFFICE);
        browser.open("/units/import");
        assertThat(browser.heading()).isEqualTo("Nhập đơn vị từ tệp CSV");
        assertThat(browser.accessibilityProblems()).isEmpty();

        String good = "IMP1-" + tag + ",Văn phòng Đoàn ĐBQH tỉnh Lào Cai " + tag + ",,,,Lào Cai,vi\n";
        upload("code,name,shortName,kind,parentCode,province,language\n" + good
                + unitCodes("a") + ",Trùng mã,,,,,vi\n"
                + "IMP2-" + tag + ",Văn phòng tỉnh Sơn La " + tag + ",,,,,fr\n");

        assertThat(browser.mainText()).contains("Tệp chưa được nhập", "Các dòng bị từ chối");
        assertThat(browser.all(By.xpath("//tbody/tr[td[1][normalize-space()='3']]")))
                .isNotEmpty();
        assertThat(browser.all(By.xpath(
                        "//tbody/tr[td[1][normalize-space()='4'] and td[2][normalize-space()" + "='language']]")))
                .hasSize(1);
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("office-import");

        upload("code,name,shortName,kind,parentCode,province,language\n" + good);
        assertThat(browser.mainText()).contains("Đã nhập 1 đơn vị");
    }

    @Test
    @Order(10)
    void theOfficeFindsAUnitWithoutAccentsCreatesOneAndDeactivatesIt() {
        browser.open(
                "/units?q=" + URLEncoder.encode("nghe an " + tag.toLowerCase(Locale.ROOT), StandardCharsets.UTF_8));
        assertThat(browser.heading()).isEqualTo("Đơn vị");
        assertThat(browser.mainText()).contains(unitNames.get("b"), "1 đơn vị").doesNotContain(unitNames.get("a"));
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("office-units");

        browser.open("/units/new");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.type("Mã đơn vị", "NEW-" + tag).type("Tên đơn vị", "").press("Thêm đơn vị");
        WebElement name = browser.field("Tên đơn vị");
        assertThat(name.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.field("Mã đơn vị").getDomProperty("value")).isEqualTo("NEW-" + tag);

        String newName = "Văn phòng Đoàn ĐBQH tỉnh Điện Biên " + tag;
        browser.type("Tên đơn vị", newName).type("Tỉnh, thành phố", "Điện Biên").press("Thêm đơn vị");
        assertThat(browser.heading()).isEqualTo(newName);
        assertThat(browser.mainText()).contains("Đang hoạt động", "Chưa có đầu mối liên hệ");
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.type("Tên viết tắt", "VP Điện Biên").press("Lưu thay đổi");
        assertThat(browser.mainText()).contains("Đã lưu thay đổi.");
        assertThat(browser.field("Tên viết tắt").getDomProperty("value")).isEqualTo("VP Điện Biên");

        browser.type("Lý do ngừng hoạt động", "Sáp nhập vào Văn phòng Quốc hội").press("Ngừng hoạt động đơn vị");
        assertThat(browser.mainText()).contains("Ngừng hoạt động", "Sáp nhập vào Văn phòng Quốc hội");
    }

    @Test
    @Order(11)
    void theOfficeCreatesAClusterAddsAUnitAndMakesItTheHead() {
        browser.open("/groups?year=" + YEAR);
        assertThat(browser.mainText()).contains(blockName, clusterName);
        assertThat(browser.accessibilityProblems()).isEmpty();

        String cluster = "Cụm thi đua đồng bằng " + tag;
        browser.find(By.id("f-gkind")).sendKeys("Cụm thi đua");
        browser.type("Mã khối, cụm", "DB-" + tag).type("Tên khối, cụm", cluster).press("Thêm khối, cụm");
        assertThat(browser.heading()).isEqualTo(cluster);
        assertThat(browser.mainText()).contains("Đơn vị thành viên (0)");

        browser.open(browser.path() + "?q="
                + URLEncoder.encode("ha tinh " + tag.toLowerCase(Locale.ROOT), StandardCharsets.UTF_8));
        browser.press("Thêm vào khối, cụm: " + unitNames.get("e"));
        assertThat(row(unitNames.get("e"))).contains("Thành viên");
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.press("Làm trưởng khối, cụm: " + unitNames.get("e"));
        assertThat(row(unitNames.get("e"))).contains("Trưởng khối, cụm");
        browser.screenshot("office-group");
    }

    @Test
    @Order(12)
    void theYearEndIsFinalizedWithEveryUnitLeftOutForAReasonAndTheCampaignClosed() {
        browser.open("/campaigns/" + campaignId + "/periods/YEAR_END/finalize");
        assertThat(browser.heading()).isEqualTo("Chốt kết quả tổng kết năm");
        browser.find(By.id("x-" + unitIds.get("c"))).click();
        browser.press("Chốt kết quả tổng kết năm");

        // leaving a unit out needs a reason: the service's refusal stands next to the reason, the choice stays
        WebElement reason = browser.field("Lý do loại khỏi xếp hạng");
        assertThat(reason.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id("x-" + unitIds.get("c"))).isSelected()).isTrue();
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.find(By.id("x-" + unitIds.get("a"))).click();
        browser.find(By.id("x-" + unitIds.get("e"))).click();
        browser.type("Lý do loại khỏi xếp hạng", "Chưa nộp bảng tổng kết năm").press("Chốt kết quả tổng kết năm");

        assertThat(browser.heading()).isEqualTo("Xếp hạng tổng kết năm");
        assertThat(browser.mainText()).contains("Không xếp hạng", unitNames.get("c") + ": Chưa nộp bảng tổng kết năm");

        browser.open("/campaigns/" + campaignId).press("Kết thúc phong trào");
        assertThat(browser.mainText()).contains("Đã kết thúc", "Xếp hạng sơ kết 6 tháng", "Xếp hạng tổng kết năm");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(13)
    void aDraftIsCancelledWithItsReasonShown() {
        browser.open("/campaigns/" + probeId);
        browser.type("Lý do hủy phong trào", "Trùng với phong trào của Văn phòng")
                .press("Hủy phong trào");

        assertThat(browser.mainText()).contains("Đã hủy", "Trùng với phong trào của Văn phòng");
        assertThat(browser.all(By.xpath("//button[normalize-space()='Phát động phong trào']")))
                .isEmpty();
    }

    // --- the services, as the office's staff and the units use them -------------------------------------------

    private void unit(String key, String name) throws Exception {
        String code = "OFC-" + key.toUpperCase(Locale.ROOT) + "-" + tag;
        JsonNode unit = created(stack.units.post(
                "/api/v1/units", JSON.writeValueAsString(Map.of("code", code, "name", name, "language", "vi"))));
        unitIds.put(key, unit.get("id").asText());
        unitNames.put(key, name);
    }

    private String unitCodes(String key) {
        return "OFC-" + key.toUpperCase(Locale.ROOT) + "-" + tag;
    }

    private String group(String kind, String code, String name, List<String> members) throws Exception {
        String id = created(stack.units.post(
                        "/api/v1/groups",
                        JSON.writeValueAsString(Map.of("kind", kind, "year", YEAR, "code", code, "name", name))))
                .get("id")
                .asText();
        ok(stack.units.post(
                "/api/v1/groups/" + id + "/members",
                JSON.writeValueAsString(
                        Map.of("unitIds", members.stream().map(unitIds::get).toList()))));
        return id;
    }

    private String register(String unit) {
        String body;
        try {
            body = JSON.writeValueAsString(Map.of(
                    "unitId",
                    unitIds.get(unit),
                    "commitments",
                    List.of("Hoàn thành 100% chỉ tiêu được giao"),
                    "collectiveTitle",
                    "TTLDXS",
                    "memberTitles",
                    List.of()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String[] id = new String[1];
        // the scope of a just launched campaign is known to campaigns-service a moment later
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    var answer = stack.campaigns.post("/api/v1/campaigns/" + campaignId + "/registrations", body);
                    if (answer.statusCode() == 201) {
                        id[0] = JSON.readTree(answer.body()).get("id").asText();
                        return true;
                    }
                    return false;
                });
        return id[0];
    }

    private void accept(String unit) throws Exception {
        ok(stack.campaigns.post(
                "/api/v1/campaigns/" + campaignId + "/registrations/" + registrationIds.get(unit) + "/accept", "{}"));
    }

    private void approvedSheet(String unit, int a1, int b1) throws Exception {
        String sheets = "/api/v1/campaigns/" + campaignId + "/periods/MID_YEAR/score-sheets";
        String id = created(stack.campaigns.post(
                        sheets,
                        JSON.writeValueAsString(Map.of(
                                "registrationId",
                                registrationIds.get(unit),
                                "entries",
                                List.of(entry("A1", a1), entry("B1", b1))))))
                .get("id")
                .asText();
        ok(stack.campaigns.post(sheets + "/" + id + "/submit", "{}"));
        ok(stack.campaigns.post(sheets + "/" + id + "/review", "{\"entries\":[]}"));
        ok(stack.campaigns.post(sheets + "/" + id + "/approve", "{}"));
    }

    private static Map<String, Object> entry(String code, int points) {
        return Map.of(
                "criterionCode",
                code,
                "points",
                points,
                "evidence",
                List.of("https://vpqh.gov.vn/minh-chung/" + code),
                "note",
                "Tự đánh giá");
    }

    private static Map<String, Object> campaignBody(String code) {
        LocalDate deadline = TODAY.plusDays(10);
        LocalDate start = LocalDate.of(YEAR - 1, 12, 1);
        LocalDate earliest = deadline.isBefore(TODAY.minusDays(30)) ? deadline : TODAY.minusDays(30);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("title", "Phong trào thăm dò " + code);
        body.put("theme", "Thăm dò");
        body.put("kind", "REGULAR");
        body.put("year", YEAR);
        body.put("startDate", (start.isAfter(earliest) ? start : earliest).toString());
        body.put("endDate", LocalDate.of(YEAR + 1, 1, 31).toString());
        body.put("registrationDeadline", deadline.toString());
        body.put("scope", Map.of("allUnits", true, "groupIds", List.of()));
        LocalDate midEnd = LocalDate.of(YEAR, 6, 30);
        LocalDate midDue = LocalDate.of(YEAR, 7, 15);
        body.put(
                "periods",
                List.of(
                        Map.of(
                                "period",
                                "MID_YEAR",
                                "endDate",
                                (deadline.isAfter(midEnd) ? deadline : midEnd).toString(),
                                "submissionDeadline",
                                (deadline.isAfter(midDue) ? deadline : midDue).toString()),
                        Map.of(
                                "period",
                                "YEAR_END",
                                "endDate",
                                LocalDate.of(YEAR, 12, 31).toString(),
                                "submissionDeadline",
                                LocalDate.of(YEAR + 1, 1, 15).toString())));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> period(Map<String, Object> body, int index) {
        return ((List<Map<String, Object>>) body.get("periods")).get(index);
    }

    private static String vn(Object isoDate) {
        return LocalDate.parse(isoDate.toString()).format(VN);
    }

    private static JsonNode created(HttpResponse<String> answer) throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return JSON.readTree(answer.body());
    }

    private static void ok(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    // --- the browser ----------------------------------------------------------------------------------------------

    private void criterion(int row, String group, String code, String name, String maxPoints) {
        for (Map.Entry<String, String> field : Map.of("group-", group, "code-", code, "name-", name, "max-", maxPoints)
                .entrySet()) {
            WebElement input = browser.find(By.id(field.getKey() + row));
            input.clear();
            input.sendKeys(field.getValue());
        }
    }

    /** The text of the table row whose heading cell names {@code unitName}. */
    private String row(String unitName) {
        return browser.find(By.xpath("//tr[th[contains(normalize-space(), '" + unitName + "')]]"))
                .getText();
    }

    private void upload(String csv) throws IOException {
        Path file = Files.createTempFile("units-", ".csv");
        Files.writeString(file, csv);
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.press("Tải lên và nhập");
    }
}
