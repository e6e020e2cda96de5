package org.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Journey 4 of issue 15, in a real Chromium: a council member reads the nominations before an open session by name,
 * unit, title and grounds and casts a secret ballot; the page then says it voted, never how; another member's pages
 * show nothing of that vote; the office closes the session and from then on every member sees only the tally.
 * Every page passes axe-core.
 */
class PortalCouncilJourneyTest extends PortalJourney {

    private static final String UNIT = "Văn phòng Đoàn ĐBQH tỉnh Hà Giang " + SUFFIX;
    private static final String COUNCIL = "Hội đồng Thi đua - Khen thưởng " + SUFFIX;
    private static final String HA = "Nguyễn Thị Hà — Hội đồng " + SUFFIX;
    private static final String BINH = "Trần Văn Bình — Hội đồng " + SUFFIX;
    private static final String LAN = "Phạm Thị Lan " + SUFFIX;
    private static final String HUNG = "Lê Văn Hùng " + SUFFIX;

    private String sessionPage;
    private String councilPage;
    private String sessionApi;
    private String heldOn;

    @BeforeAll
    void world() {
        String unit = ReviewWorld.unit(stack, "RVC-HG-" + SUFFIX, UNIT, "Hà Giang");
        String lan = ReviewWorld.member(stack, unit, LAN);
        String hung = ReviewWorld.member(stack, unit, HUNG);
        String first = nominate(unit, lan, "Hoàn thành xuất sắc nhiệm vụ năm, có sáng kiến cấp cơ sở");
        String second = nominate(unit, hung, "Hoàn thành tốt nhiệm vụ được giao");
        String ha = "rvc-ha-" + SUFFIX;
        String binh = "rvc-binh-" + SUFFIX;
        String council = ReviewWorld.created(
                        stack.awards,
                        "/api/v1/councils",
                        Map.of(
                                "name",
                                COUNCIL,
                                "members",
                                List.of(
                                        Map.of("memberId", ha, "fullName", "Nguyễn Thị Hà", "chair", true),
                                        Map.of("memberId", binh, "fullName", "Trần Văn Bình", "chair", false))))
                .get("id")
                .asText();
        JsonNode session = ReviewWorld.created(
                stack.awards,
                "/api/v1/councils/" + council + "/sessions",
                Map.of("nominationIds", List.of(first, second)));
        heldOn = LocalDate.parse(session.get("heldOn").asText()).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        councilPage = "/councils/" + council;
        sessionPage = councilPage + "/sessions/" + session.get("id").asText();
        sessionApi = "/api/v1" + sessionPage;
        stack.addAccount(HA, "COUNCIL_MEMBER", Map.of("member_id", ha));
        stack.addAccount(BINH, "COUNCIL_MEMBER", Map.of("member_id", binh));
        openBrowser();
    }

    @Test
    @Order(1)
    void aMemberSeesTheCouncilsItSitsOnAndTheirSessions() {
        browser.open("/sign-in").signInAs(HA).open("/councils");

        assertThat(browser.heading()).isEqualTo("Hội đồng thi đua - khen thưởng");
        assertThat(browser.mainText()).contains(COUNCIL, "2 thành viên");
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.link(COUNCIL).click();
        browser.awaitText("Chủ tịch hội đồng");
        assertThat(browser.path()).isEqualTo(councilPage);
        assertThat(browser.mainText()).contains("Nguyễn Thị Hà", "Chủ tịch hội đồng", "Trần Văn Bình", "Đang bỏ phiếu");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(2)
    void theOpenSessionNamesEachNomineeItsUnitTitleAndGrounds() {
        browser.open(councilPage).link("Phiên họp ngày " + heldOn).click();
        browser.awaitText("Bỏ phiếu kín");

        assertThat(browser.path()).isEqualTo(sessionPage);
        assertThat(browser.mainText())
                .contains(
                        LAN + " — Lao động tiên tiến",
                        HUNG + " — Lao động tiên tiến",
                        UNIT,
                        "Hoàn thành xuất sắc nhiệm vụ năm, có sáng kiến cấp cơ sở",
                        "Bỏ phiếu kín")
                .doesNotContain("LDTT", "IN_COUNCIL", "OPEN");
        assertThat(radios()).hasSize(6);
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("review-session");
    }

    @Test
    @Order(3)
    void aBallotWithoutAnyChoiceIsRefusedAndNothingIsCast() {
        browser.open(sessionPage).button("Gửi phiếu bầu").click();
        browser.awaitText("Hãy chọn ý kiến cho ít nhất một đề nghị.");

        assertThat(browser.mainText()).contains("Hãy chọn ý kiến cho ít nhất một đề nghị.");
        assertThat(ReviewWorld.get(stack.awards, sessionApi).get("nominations"))
                .allSatisfy(n -> assertThat(n.get("votesCast").asInt()).isZero());
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(4)
    void theMemberCastsItsBallotAndSeesThatItVotedButNotHow() {
        browser.open(sessionPage);
        choice(LAN, "Đồng ý").click();
        choice(HUNG, "Không đồng ý").click();
        browser.button("Gửi phiếu bầu").click();
        browser.awaitText("Đã ghi nhận phiếu bầu của bạn.");

        assertThat(browser.mainText()).contains("Đã ghi nhận phiếu bầu của bạn.");
        assertThat(browser.all(By.xpath("//main//p[normalize-space()='Bạn đã bỏ phiếu cho đề nghị này.']")))
                .hasSize(2);
        assertThat(radios()).as("no choice shown, none to change").isEmpty();
        assertThat(ReviewWorld.get(stack.awards, sessionApi).get("nominations"))
                .allSatisfy(n -> assertThat(n.get("votesCast").asInt()).isEqualTo(1));
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(5)
    void anotherMemberSeesNoVoteOfTheFirst() {
        browser.forgetSession().open("/sign-in").signInAs(BINH).open(sessionPage);

        assertThat(browser.mainText()).contains(LAN, HUNG).doesNotContain("Bạn đã bỏ phiếu", "1/2", "Nguyễn Thị Hà");
        assertThat(radios()).hasSize(6).noneMatch(radio -> radio.isSelected());
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(6)
    void theOfficeClosesTheSessionAndSeesOnlyTheTally() {
        browser.forgetSession()
                .open("/sign-in")
                .signInAs(PortalSignInJourneyTest.OFFICE)
                .open(sessionPage);
        assertThat(browser.mainText()).contains("Đã có 1/2 thành viên bỏ phiếu");
        assertThat(radios()).as("the office does not vote").isEmpty();

        browser.button("Kết thúc phiên họp và kiểm phiếu").click();
        browser.awaitText("Kết quả kiểm phiếu");

        assertThat(browser.mainText()).contains("Phiên họp đã kết thúc, phiếu đã được kiểm.", "Kết quả kiểm phiếu");
        assertTally();
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("review-tally");
    }

    @Test
    @Order(7)
    void afterClosingAMemberSeesOnlyTheTally() {
        browser.forgetSession().open("/sign-in").signInAs(BINH).open(sessionPage);

        assertTally();
        assertThat(radios()).isEmpty();
        assertThat(browser.all(By.xpath("//button[normalize-space()='Gửi phiếu bầu']")))
                .isEmpty();
        assertThat(browser.mainText()).doesNotContain("Nguyễn Thị Hà", "APPROVED", "REJECTED");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    private void assertTally() {
        assertThat(browser.mainText()).contains("Đã kết thúc");
        String lan = browser.find(By.xpath("//tr[th/span[normalize-space()=\"" + LAN + "\"]]"))
                .getText();
        String hung = browser.find(By.xpath("//tr[th/span[normalize-space()=\"" + HUNG + "\"]]"))
                .getText();
        // for, against, abstained, then the service's verdict in words
        assertThat(lan).containsPattern("Lao động tiên tiến 1 0 0 (Được thông qua|Không được thông qua)$");
        assertThat(hung).containsPattern("Lao động tiên tiến 0 1 0 (Được thông qua|Không được thông qua)$");
    }

    /** The radio button of this choice (its label) in the ballot on this nominee. */
    private WebElement choice(String nominee, String label) {
        WebElement fieldset =
                browser.find(By.xpath("//fieldset[legend[normalize-space()=\"Ý kiến của bạn về " + nominee + "\"]]"));
        String id = fieldset.findElement(By.xpath(".//label[normalize-space()=\"" + label + "\"]"))
                .getDomAttribute("for");
        return fieldset.findElement(By.id(id));
    }

    private List<WebElement> radios() {
        return browser.all(By.cssSelector("main input[type=radio]"));
    }

    private String nominate(String unitId, String memberId, String ground) {
        JsonNode nomination = ReviewWorld.eventually(
                stack.awards,
                "/api/v1/nominations",
                Map.of(
                        "year",
                        ReviewWorld.YEAR,
                        "titleCode",
                        "LDTT",
                        "recipientKind",
                        "MEMBER",
                        "unitId",
                        unitId,
                        "memberId",
                        memberId,
                        "grounds",
                        List.of(ground)),
                201);
        return nomination.get("id").asText();
    }
}
