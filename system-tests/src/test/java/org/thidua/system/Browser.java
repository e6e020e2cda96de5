package org.thidua.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium (Debian's {@code chromium}, driven through Debian's {@code chromedriver}, headless) on the portal:
 * what a person sees, with axe-core's accessibility check of the page shown. The build installs both packages and
 * axe-core before the tests (ADR 72); nothing is downloaded by Selenium.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("thidua.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("thidua.chromedriver", "/usr/bin/chromedriver");
    private static final Path AXE =
            Path.of(System.getProperty("thidua.axe", "src/test/tools/node_modules/axe-core/axe.min.js"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PortalStack stack;
    private final ChromeDriver driver;

    Browser(PortalStack stack) {
        this.stack = stack;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=vi",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Opens the portal's {@code path} (e.g. {@code /campaigns}) or a full address (a link from an e-mail). */
    Browser open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : stack.page(pathOrUrl));
        return this;
    }

    /** Signs in on the development sign-in page as the account of this label (the unit's name, the group's...). */
    Browser signInAs(String label) {
        if (!path().startsWith("/sign-in")) {
            open("/sign-in");
        }
        return press(label);
    }

    /**
     * Presses the button whose text is {@code text} and waits until the browser has left the page (a form's POST and
     * the page it leads to): what comes next sees the new page, never the old one.
     */
    Browser press(String text) {
        return leavingThePage(() -> button(text).click());
    }

    /** Does {@code action} and waits until the browser shows a new document (a navigation, a form's answer). */
    Browser leavingThePage(Runnable action) {
        driver.executeScript("window.thiduaOldPage = true;");
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return window.thiduaOldPage === undefined && document.readyState === 'complete';")));
        return this;
    }

    /** Signs out with the header's button. */
    Browser signOut() {
        return leavingThePage(() -> driver.findElement(By.cssSelector("form[action='/logout'] button"))
                .click());
    }

    /** The session ends as if its cookie had expired: the next page asks to sign in again. */
    Browser forgetSession() {
        driver.manage().deleteCookieNamed("JWT");
        return this;
    }

    /** Forgets the language switch's choice, as a browser that never pressed it. */
    Browser forgetLanguageChoice() {
        driver.manage().deleteCookieNamed("thidua_lang");
        return this;
    }

    String path() {
        String url = driver.getCurrentUrl();
        String base = stack.page("");
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The visible text of the page's main part. */
    String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** The button (or submit input) whose text is exactly {@code text}. */
    WebElement button(String text) {
        return find(By.xpath("//button[normalize-space()=" + xpathLiteral(text) + "]"));
    }

    WebElement link(String text) {
        return find(By.linkText(text));
    }

    /** Types into the field labelled {@code label} (its {@code <label for>}), replacing what was there. */
    Browser type(String label, String text) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    WebElement field(String label) {
        WebElement labelElement = find(By.xpath("//label[normalize-space()=" + xpathLiteral(label) + "]"));
        return driver.findElement(By.id(labelElement.getDomAttribute("for")));
    }

    /**
     * Waits until the page shows {@code text} somewhere in its main part (htmx updates included). The page may still be
     * replacing its document when the wait starts (a form just posted): Chromium then answers that the element found
     * a moment ago "does not belong to the document", which is no answer yet, so the wait looks again; any other error
     * ends it.
     */
    Browser awaitText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                return d.findElement(By.tagName("main")).getText().contains(text);
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return false;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
        return this;
    }

    /** A phone's screen (375 × 812), for the narrow layout. */
    Browser phone() {
        driver.manage().window().setSize(new Dimension(375, 812));
        return this;
    }

    Browser desktop() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        return this;
    }

    /** Whether the page is wider than the window (a phone would scroll sideways). */
    boolean scrollsSideways() {
        Object wider = driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(wider);
    }

    /**
     * axe-core's serious and critical violations on the page shown, one line each ({@code rule: help (n elements:
     * selector, ...)}); empty when none.
     */
    List<String> accessibilityProblems() {
        try {
            driver.executeScript(Files.readString(AXE));
        } catch (IOException e) {
            throw new IllegalStateException("axe-core is missing at " + AXE + " (the build's npm ci installs it)", e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)), e => done('error: ' + e));");
        String json = String.valueOf(result);
        if (json.startsWith("error: ")) {
            throw new IllegalStateException("axe-core failed on " + path() + ": " + json);
        }
        List<String> problems = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(json)) {
                String impact = violation.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    violation
                            .path("nodes")
                            .forEach(node -> targets.add(node.path("target").toString()));
                    problems.add(violation.path("id").asText() + " (" + impact + "): "
                            + violation.path("help").asText() + " on " + path() + " " + targets);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("axe-core's answer is not JSON: " + json, e);
        }
        return problems;
    }

    /** Saves what the window shows to target/screenshots/{@code name}.png and returns the file. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot save the screenshot " + name, e);
        }
    }

    /** A cookie's value, or null. */
    String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
