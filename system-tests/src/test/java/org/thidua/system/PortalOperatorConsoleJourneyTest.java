package org.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thidua.system.ReviewWorld.created;
import static org.thidua.system.ReviewWorld.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;
import org.thidua.testing.CloudEventSender;

/**
 * The operator console (ADR 96) in a real Chromium, as the office's administrator: the services at a glance; an
 * e-mail the SMTP server refused, found among the failed deliveries and sent again once the mailbox is back; a poison
 * event's dead letter found, opened, replayed after a dry run once its cause is fixed, and the replay in the log.
 * Every page passes axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalOperatorConsoleJourneyTest {

    private static final String OFFICE = PortalSignInJourneyTest.OFFICE;
    private static final String TAG =
            Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
    private static final String UNIT = "Văn phòng Đoàn ĐBQH tỉnh Hà Giang " + TAG;
    /** The development sign-in's operator (ADR 93). */
    private static final String OPERATOR = "Quản trị vận hành";

    private static final String REFUSED = "van-thu-" + TAG.toLowerCase() + PortalStack.REFUSED_DOMAIN;
    /** No rule set is in force on 31/12/2012 (the built-in sets start in 2014, ADR 82) until the test loads one. */
    private static final int POISON_YEAR = 2012;

    private PortalStack stack;
    private Browser browser;
    private String eventId;
    private long deliveryId;

    @BeforeAll
    void start() {
        stack = PortalStack.get();
        browser = new Browser(stack);
        String unitId = ReviewWorld.unit(stack, "HG-" + TAG, UNIT, "Hà Giang");
        created(
                stack.units,
                "/api/v1/units/" + unitId + "/contacts",
                Map.of("email", REFUSED, "role", "EMULATION_OFFICER", "name", "Văn thư"));
        String group = ReviewWorld.group(stack, "KHOI-OPS-" + TAG, "Khối vận hành " + TAG, List.of(unitId));
        ReviewWorld.startedCampaign(stack, "OPS-" + TAG, "Phong trào thi đua vận hành " + TAG, List.of(group));
        // the launch e-mail to the unit's only contact is refused (550): a FAILED delivery, for the operator to find
        JsonNode failed = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> StreamSupport.stream(
                                        get(stack.notifications, "/api/v1/deliveries?state=FAILED&unitId=" + unitId)
                                                .spliterator(),
                                        false)
                                .filter(d -> d.get("eventType").asText().equals("thidua.campaign.launched.v1"))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        deliveryId = failed.get("id").asLong();
        eventId = failed.get("eventId").asText();
        // a year-end review of a year no rule set covers: awards' eligibility consumer gives up on it
        try (CloudEventSender sender = new CloudEventSender()) {
            sender.send(new ReviewPeriodFinalized(
                    UUID.randomUUID().toString(),
                    POISON_YEAR,
                    ReviewPeriod.YEAR_END,
                    LocalDate.of(POISON_YEAR, 12, 31),
                    List.of(),
                    List.of(new ReviewPeriodFinalized.UnitOutcomes(
                            unitId, ReviewPeriodFinalized.TaskRating.EXCELLENT, List.of(), List.of())),
                    List.of(),
                    Instant.now(),
                    CampaignLaunched.Kind.REGULAR));
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> StreamSupport.stream(
                                get(stack.awards, "/api/v1/dead-letters?eventType=" + ReviewPeriodFinalized.TYPE)
                                        .spliterator(),
                                false)
                        .anyMatch(d -> d.path("errorMessage").asText().contains(POISON_YEAR + "-12-31")));
    }

    @AfterAll
    void stop() {
        stack.smtpGate.rejecting(true);
        browser.close();
    }

    @Test
    @Order(10)
    void anOperatorLandsOnTheConsoleAndSeesEachServiceReady() {
        browser.open("/sign-in").signInAs(OPERATOR);

        assertThat(browser.path()).isEqualTo("/operations");
        assertThat(browser.heading()).isEqualTo("Tình trạng các dịch vụ");
        assertThat(browser.all(By.cssSelector("main .ready")))
                .hasSize(4)
                .allSatisfy(ready -> assertThat(ready.getText()).isEqualTo("Sẵn sàng"));
        assertThat(browser.mainText()).contains("Thư chết chưa xử lý", "Độ trễ của các nhóm đọc sự kiện");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.signOut();
    }

    @Test
    @Order(20)
    void theConsoleIsOneLinkAwayAndShowsEachOfTheFourServices() {
        browser.open("/sign-in").signInAs(OFFICE);
        browser.open("/");
        browser.leavingThePage(() -> browser.link("Vận hành").click());

        assertThat(browser.path()).isEqualTo("/operations");
        assertThat(browser.heading()).isEqualTo("Tình trạng các dịch vụ");
        assertThat(browser.mainText())
                .contains("Dịch vụ đơn vị", "Dịch vụ phong trào", "Dịch vụ khen thưởng", "Dịch vụ thông báo");
        assertThat(browser.accessibilityProblems()).isEmpty();
        keep("status");
    }

    @Test
    @Order(30)
    void theRefusedEmailIsAmongTheFailedDeliveriesByUnitNameWithItsErrorInWords() {
        browser.open("/operations");
        browser.leavingThePage(() -> browser.link("Thư gửi lỗi").click());

        assertThat(browser.heading()).isEqualTo("Thư gửi lỗi");
        assertThat(browser.mainText())
                .contains(UNIT, REFUSED, "Phát động phong trào", "Máy chủ thư từ chối địa chỉ nhận");
        assertThat(browser.accessibilityProblems()).isEmpty();
        keep("deliveries");
    }

    @Test
    @Order(35)
    void anOperatorSeesTheFailedDeliveryByItsUnitsNameToo() {
        browser.open("/sign-in").signInAs(OPERATOR);
        browser.open("/operations/deliveries");

        assertThat(browser.heading()).isEqualTo("Thư gửi lỗi");
        assertThat(browser.mainText()).contains(UNIT, REFUSED).doesNotContain("không rõ đơn vị");
    }

    @Test
    @Order(40)
    void followingTheEventShowsItsFanOutCountsAndItsFailedDelivery() {
        browser.open("/operations/events/" + eventId);

        assertThat(browser.heading()).isEqualTo("Theo dõi một sự kiện");
        assertThat(browser.mainText()).contains(eventId, "Gửi lỗi", UNIT, "Đơn vị chưa đến lượt");
        // every step of its trace, across services: the launch request, the relay, notifications, the refused send
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> browser.open("/operations/events/" + eventId).mainText(),
                        text -> text.contains("/launch")
                                && text.contains("publish")
                                && text.contains("process")
                                && text.contains("smtp send"));
        assertThat(browser.mainText()).contains("Dịch vụ phong trào", "Dịch vụ thông báo");
        assertThat(browser.accessibilityProblems()).isEmpty();
        keep("event");
    }

    @Test
    @Order(50)
    void retryingAllBeforeTheMailboxIsBackFailsAgainAndDeliversNothing() {
        browser.open("/operations/deliveries");
        String all = browser.find(By.cssSelector("form[action='/operations/deliveries/retry'] button"))
                .getText();

        browser.press(all);

        assertThat(browser.path()).startsWith("/operations/deliveries?retried=");
        assertThat(browser.mainText()).containsPattern("Đã gửi lại [1-9]\\d* thư\\.");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> get(stack.notifications, "/api/v1/deliveries/" + deliveryId)
                        .get("state")
                        .asText()
                        .equals("FAILED"));
        assertThat(stack.smtp.receivedMessages())
                .noneMatch(mail -> mail.to().stream().anyMatch(to -> to.contains(REFUSED)));
    }

    @Test
    @Order(60)
    void onceTheMailboxIsBackTheRetryDeliversTheEmail() {
        stack.smtpGate.rejecting(false);
        browser.open("/operations/deliveries");

        browser.leavingThePage(() -> browser.find(
                        By.cssSelector("form[action='/operations/deliveries/" + deliveryId + "/retry'] button"))
                .click());

        assertThat(browser.path()).isEqualTo("/operations/deliveries?retried=1");
        assertThat(browser.mainText()).contains("Đã gửi lại 1 thư.");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> stack.smtp.receivedMessages().stream()
                        .anyMatch(mail -> mail.to().stream().anyMatch(to -> to.contains(REFUSED))));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get(stack.notifications, "/api/v1/deliveries/" + deliveryId)
                        .get("state")
                        .asText()
                        .equals("SENT"));
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(70)
    void thePoisonEventsDeadLetterIsFoundByItsErrorAmongAllFourServices() {
        browser.open("/operations/dead-letters");
        browser.type("Lỗi có chứa", POISON_YEAR + "-12-31").press("Lọc");

        assertThat(browser.heading()).isEqualTo("Thư chết");
        assertThat(browser.mainText())
                .contains(
                        "Dịch vụ khen thưởng",
                        "awards.eligibility",
                        "Chốt kết quả kỳ đánh giá",
                        "No rule set is in force on " + POISON_YEAR + "-12-31",
                        "Chưa xử lý");
        assertThat(browser.accessibilityProblems()).isEmpty();
        keep("dead-letters");
    }

    @Test
    @Order(80)
    void theDeadLetterShowsItsPayloadLaidOutAndItsHeaders() {
        browser.open("/operations/dead-letters?error=" + POISON_YEAR + "-12-31");
        browser.leavingThePage(
                () -> browser.find(By.cssSelector("main table tbody tr a")).click());

        assertThat(browser.path()).startsWith("/operations/dead-letters/awards/");
        assertThat(browser.mainText())
                .contains(
                        "\"year\": " + POISON_YEAR,
                        "\"periodEndDate\": \"" + POISON_YEAR + "-12-31\"",
                        "ce_type",
                        ReviewPeriodFinalized.TYPE,
                        "Phát lại thư này");
        assertThat(browser.accessibilityProblems()).isEmpty();
        keep("dead-letter");
    }

    @Test
    @Order(90)
    void aFilteredReplayShowsItsDryRunFirstAndChangesNothing() {
        browser.open("/operations/dead-letters?service=awards&error=" + POISON_YEAR + "-12-31");
        browser.press("Phát lại theo bộ lọc (chạy thử trước)");

        assertThat(browser.heading()).isEqualTo("Chạy thử phát lại");
        assertThat(browser.mainText())
                .contains(
                        "Chạy thử: 1 thư chết khớp bộ lọc. Chưa có gì thay đổi.",
                        "No rule set is in force on " + POISON_YEAR + "-12-31",
                        "Xác nhận phát lại 1 thư chết");
        assertThat(browser.accessibilityProblems()).isEmpty();
        keep("replay-dry-run");
        assertThat(openPoisonLetters()).isEqualTo(1);
    }

    @Test
    @Order(100)
    void onceTheCauseIsFixedTheConfirmedReplayResolvesTheLetter() {
        // the cause: no rule set for 2012; the office loads one in force from 01/01/2012
        created(stack.awards, "/api/v1/rule-sets", ReviewWorld.read("""
                {"id": "ops-%s", "effectiveFrom": "%d-01-01", "titles": [
                 {"code": "LDTT", "nameVi": "Lao động tiên tiến", "nameEn": "Advanced Worker", "kind": "INDIVIDUAL",
                  "level": "BASE", "bonusMultiple": "0.4", "councilThresholdPercent": 60,
                  "conditions": [{"type": "MinimumTaskRating", "rating": "GOOD"}], "citations": ["test"]}]}""".formatted(TAG.toLowerCase(), POISON_YEAR)));
        browser.open("/operations/dead-letters?service=awards&error=" + POISON_YEAR + "-12-31");
        browser.press("Phát lại theo bộ lọc (chạy thử trước)").press("Xác nhận phát lại 1 thư chết");

        assertThat(browser.mainText()).contains("Đã phát lại 1 thư chết; 0 thư vẫn lỗi.");
        assertThat(openPoisonLetters()).isZero();
        browser.open("/operations/dead-letters?status=replayed&error=" + POISON_YEAR + "-12-31");
        assertThat(browser.mainText()).contains("Đã phát lại", "awards.eligibility");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(110)
    void theReplayLogSaysWhoReplayedWhatAndHowMany() {
        browser.open("/operations");
        browser.leavingThePage(() -> browser.link("Nhật ký phát lại").click());

        assertThat(browser.heading()).isEqualTo("Nhật ký phát lại");
        assertThat(browser.mainText()).contains("Dịch vụ khen thưởng", "Chạy thử", "Phát lại", POISON_YEAR + "-12-31");
        assertThat(browser.accessibilityProblems()).isEmpty();
        keep("replays");
    }

    @Test
    @Order(120)
    void onAPhoneTheConsoleFitsTheScreenAndReadsInEnglishOnTheSwitch() {
        browser.phone().open("/operations/dead-letters?status=all");
        try {
            assertThat(browser.scrollsSideways()).isFalse();
            browser.press("English");
            assertThat(browser.heading()).isEqualTo("Dead letters");
            assertThat(browser.accessibilityProblems()).isEmpty();
            browser.press("Tiếng Việt");
        } finally {
            browser.desktop();
        }
    }

    private long openPoisonLetters() {
        return StreamSupport.stream(
                        get(stack.awards, "/api/v1/dead-letters?status=DEAD&eventType=" + ReviewPeriodFinalized.TYPE)
                                .spliterator(),
                        false)
                .filter(d -> d.path("errorMessage").asText().contains(POISON_YEAR + "-12-31"))
                .count();
    }

    /** The page's screenshot in target/screenshots, the best copied to docs/screenshots by hand. */
    private void keep(String name) {
        browser.screenshot("operations-" + name);
    }
}
