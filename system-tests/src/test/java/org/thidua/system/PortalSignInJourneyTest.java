package org.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Signing in to the portal, as a person does it in a real Chromium: the way in, the language switch, the phone
 * layout, and a session that ends leading back through sign-in to the page asked for. Every page passes axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalSignInJourneyTest {

    static final String OFFICE = "Phòng Thi đua - Khen thưởng (quản trị)";

    private PortalStack stack;
    private Browser browser;

    @BeforeAll
    void start() {
        stack = PortalStack.get();
        browser = new Browser(stack);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    @Order(1)
    void aPersonWhoIsNotSignedInIsAskedToSignInInVietnamese() {
        browser.open("/");

        assertThat(browser.path()).startsWith("/sign-in");
        assertThat(browser.heading()).isEqualTo("Đăng nhập");
        assertThat(browser.mainText()).contains("Văn phòng (thường trực thi đua)", OFFICE);
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    @Order(2)
    void theOfficeSignsInAndIsGreetedByName() {
        browser.open("/sign-in").signInAs(OFFICE);

        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo("Xin chào, " + OFFICE);
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("home-office");
    }

    @Test
    @Order(3)
    void theLanguageSwitchShowsTheSamePageInEnglishAndBack() {
        browser.open("/");
        browser.press("English");

        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo("Hello, " + OFFICE);

        browser.press("Tiếng Việt");
        assertThat(browser.heading()).isEqualTo("Xin chào, " + OFFICE);
    }

    @Test
    @Order(4)
    void onAPhoneThePageFitsTheScreen() {
        browser.phone().open("/");
        try {
            assertThat(browser.heading()).startsWith("Xin chào");
            assertThat(browser.scrollsSideways()).isFalse();
            browser.screenshot("home-phone");
        } finally {
            browser.desktop();
        }
    }

    @Test
    @Order(5)
    void anEndedSessionLeadsThroughSignInBackToThePageAskedFor() {
        browser.forgetSession().open("/campaigns");

        assertThat(browser.path()).startsWith("/sign-in");

        browser.signInAs(OFFICE);
        assertThat(browser.path()).isEqualTo("/campaigns");
    }

    @Test
    @Order(6)
    void signingOutEndsTheSession() {
        browser.open("/").signOut();

        assertThat(browser.path()).startsWith("/sign-in");
        assertThat(browser.mainText()).contains("Bạn đã đăng xuất.");
        browser.open("/");
        assertThat(browser.path()).startsWith("/sign-in");
    }

    @Test
    @Order(7)
    void anOfficerOfAUnitThatReadsEnglishSeesEnglishUntilItChoosesOtherwise() throws Exception {
        String name = "Hanoi Liaison Office of the Assembly " + System.nanoTime();
        assertThat(stack.units
                        .post(
                                "/api/v1/units",
                                "{\"code\":\"EN-" + (System.nanoTime() % 100000) + "\",\"name\":\"" + name
                                        + "\",\"language\":\"en\"}")
                        .statusCode())
                .isEqualTo(201);

        browser.forgetLanguageChoice()
                .open("/sign-in?unit=" + URLEncoder.encode("hanoi liaison", StandardCharsets.UTF_8))
                .signInAs(name);

        assertThat(browser.heading()).isEqualTo("Hello, " + name);
        browser.press("Tiếng Việt");
        assertThat(browser.heading()).isEqualTo("Xin chào, " + name);
        browser.signOut();
    }
}
