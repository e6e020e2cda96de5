package org.thidua.system;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What a browser journey starts from: the shared stack (services and portal as real processes), a suffix that makes
 * this run's names unique on it, its steps in {@code @Order}, and a Chromium closed after the last step. A journey
 * sets its world up through the services' APIs in its own {@code @BeforeAll} (with {@link ReviewWorld}), which runs
 * after this class's, and then calls {@link #openBrowser()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PortalJourney {

    /** Added to every name and code a journey creates, so that reruns on the same stack do not meet. */
    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    PortalStack stack;
    Browser browser;

    @BeforeAll
    final void startStack() {
        stack = PortalStack.get();
    }

    /** Opens the browser, once the journey's world is there. */
    final void openBrowser() {
        browser = new Browser(stack);
    }

    @AfterAll
    final void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
