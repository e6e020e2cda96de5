package org.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Journey 3 of issue 15, in a real Chromium: the reviewer of a block sees the sheets its units submitted, adjusts the
 * points of one beside the unit's own and approves them, is told next to the field when it returns a sheet without a
 * reason or gives points above a criterion's maximum, and cannot open the sheet of another block's unit. Every page
 * passes axe-core.
 */
class PortalReviewJourneyTest extends PortalJourney {

    private static final String MINE = "Văn phòng Đoàn ĐBQH tỉnh Ninh Bình " + SUFFIX;
    private static final String THEIRS = "Văn phòng Đoàn ĐBQH tỉnh Lào Cai " + SUFFIX;
    private static final String BLOCK = "Khối thi đua thẩm định " + SUFFIX;
    private static final String CAMPAIGN = "Phong trào thi đua thẩm định " + SUFFIX;

    private String mySheet;
    private String theirSheet;

    @BeforeAll
    void world() {
        String mine = ReviewWorld.unit(stack, "RVJ-NB-" + SUFFIX, MINE, "Ninh Bình");
        String theirs = ReviewWorld.unit(stack, "RVJ-LC-" + SUFFIX, THEIRS, "Lào Cai");
        String block = ReviewWorld.group(stack, "RVJ-K1-" + SUFFIX, BLOCK, List.of(mine));
        String other = ReviewWorld.group(stack, "RVJ-K2-" + SUFFIX, "Khối thi đua khác " + SUFFIX, List.of(theirs));
        String campaign = ReviewWorld.startedCampaign(stack, "RVJ-" + SUFFIX, CAMPAIGN, List.of(block, other));
        mySheet = ReviewWorld.submittedSheet(stack, campaign, mine, 38, 25, 20);
        theirSheet = ReviewWorld.submittedSheet(stack, campaign, theirs, 39, 29, 28);
        openBrowser();
    }

    @Test
    @Order(1)
    void theReviewerSeesTheSheetsItsBlockSubmittedByCampaignBlockAndUnitName() {
        browser.open("/sign-in").signInAs(BLOCK).open("/review");

        assertThat(browser.heading()).isEqualTo("Bảng chấm điểm chờ thẩm định");
        assertThat(browser.mainText())
                .contains(MINE, BLOCK, CAMPAIGN, "sơ kết 6 tháng", "83")
                .doesNotContain(THEIRS, "MID_YEAR", "SUBMITTED");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("review-sheets");
    }

    @Test
    @Order(2)
    void theSheetShowsEachCriterionWithItsMaximumTheUnitsPointsAndEvidenceBesideAnInput() {
        browser.open("/review").link(MINE).click();
        browser.awaitText("Hoàn thành chỉ tiêu kế hoạch");

        assertThat(browser.path()).isEqualTo("/review/sheets/" + mySheet);
        assertThat(browser.heading()).isEqualTo("Bảng chấm điểm: " + MINE);
        assertThat(browser.mainText())
                .contains(
                        "Hoàn thành chỉ tiêu kế hoạch",
                        "Cải cách hành chính",
                        "Chờ thẩm định",
                        "Tự đánh giá A1",
                        CAMPAIGN);
        String row = browser.find(By.xpath("//tr[th//span[normalize-space()='Hoàn thành chỉ tiêu kế hoạch']]"))
                .getText();
        assertThat(row).contains("40", "38");
        assertThat(browser.link("Minh chứng 1").getDomAttribute("href"))
                .isEqualTo("https://vpqh.example.org/minh-chung/A1.pdf");
        assertThat(browser.field("Điểm thẩm định: Hoàn thành chỉ tiêu kế hoạch").getDomProperty("value"))
                .as("the unit's own points to start from")
                .isEqualTo("38");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(3)
    void returningWithoutAReasonIsRefusedNextToTheReasonAndTheSheetStaysSubmitted() {
        browser.open("/review/sheets/" + mySheet)
                .button("Trả lại bảng chấm điểm")
                .click();
        browser.awaitText("Vui lòng ghi lý do trả lại.");

        assertThat(browser.mainText()).contains("Vui lòng ghi lý do trả lại.");
        assertThat(browser.field("Lý do trả lại").getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.field("Lý do trả lại").getDomAttribute("aria-describedby"))
                .isEqualTo("reason-error");
        assertThat(sheet(mySheet).get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(4)
    void pointsAboveTheMaximumAreRefusedNextToTheirCriterionAndWhatWasTypedIsKept() {
        browser.open("/review/sheets/" + mySheet)
                .type("Điểm thẩm định: Hoàn thành chỉ tiêu kế hoạch", "45")
                .type("Ghi chú thẩm định: Hoàn thành chỉ tiêu kế hoạch", "Vượt mức")
                .button("Duyệt điểm")
                .click();
        browser.awaitText("Điểm phải là số từ 0 đến 40.");

        assertThat(browser.field("Điểm thẩm định: Hoàn thành chỉ tiêu kế hoạch").getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.field("Điểm thẩm định: Hoàn thành chỉ tiêu kế hoạch").getDomProperty("value"))
                .isEqualTo("45");
        assertThat(browser.field("Ghi chú thẩm định: Hoàn thành chỉ tiêu kế hoạch")
                        .getDomProperty("value"))
                .isEqualTo("Vượt mức");
        assertThat(sheet(mySheet).get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(5)
    void theReviewerAdjustsOneCriterionAndApprovesThePoints() {
        browser.open("/review/sheets/" + mySheet)
                .type("Điểm thẩm định: Hoàn thành chỉ tiêu kế hoạch", "35,5")
                .type("Ghi chú thẩm định: Hoàn thành chỉ tiêu kế hoạch", "Thiếu minh chứng quý II");
        browser.screenshot("review-sheet");
        browser.button("Duyệt điểm").click();
        browser.awaitText("Đã duyệt điểm.");

        assertThat(browser.path()).startsWith("/review/sheets/" + mySheet);
        assertThat(browser.mainText())
                .contains("Đã duyệt điểm.", "Đã thẩm định, chờ Văn phòng phê duyệt", "80,5", "Thiếu minh chứng quý II");
        JsonNode reviewed = sheet(mySheet);
        assertThat(reviewed.get("state").asText()).isEqualTo("REVIEWED");
        assertThat(reviewed.get("reviewedTotal").decimalValue()).isEqualByComparingTo("80.5");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.open("/review");
        assertThat(browser.mainText()).as("no longer awaiting review").doesNotContain(MINE);
    }

    @Test
    @Order(6)
    void theSheetOfAnotherBlocksUnitIsNotShown() {
        browser.open("/review/sheets/" + theirSheet);

        assertThat(browser.heading()).isIn("Không có quyền", "Không tìm thấy");
        assertThat(browser.mainText()).doesNotContain(THEIRS, "Hoàn thành chỉ tiêu kế hoạch");
        assertThat(browser.accessibilityProblems()).isEmpty();
        assertThat(sheet(theirSheet).get("state").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    @Order(7)
    void theSheetReadsInEnglishThroughTheSwitch() {
        browser.open("/review/sheets/" + mySheet).button("English").click();
        browser.awaitText("Reviewed, awaiting the office’s approval");

        assertThat(browser.heading()).isEqualTo("Score sheet: " + MINE);
        assertThat(browser.mainText())
                .contains("Maximum", "Unit’s own points", "mid-year")
                .doesNotContain("REVIEWED");
        browser.button("Tiếng Việt").click();
        browser.awaitText("Đã thẩm định, chờ Văn phòng phê duyệt");
    }

    @Test
    @Order(8)
    void onAPhoneTheSheetFitsTheScreen() {
        browser.phone().open("/review/sheets/" + mySheet);
        try {
            assertThat(browser.heading()).isEqualTo("Bảng chấm điểm: " + MINE);
            assertThat(browser.scrollsSideways()).isFalse();
            assertThat(browser.accessibilityProblems()).isEmpty();
            browser.screenshot("review-sheet-phone");
        } finally {
            browser.desktop();
        }
    }

    private JsonNode sheet(String id) {
        return ReviewWorld.get(stack.campaigns, "/api/v1/score-sheets/" + id);
    }
}
