package works.incentives.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A headless Debian Chromium driven by Selenium. Every action that talks to the server waits for
 * the round trip it caused: the page counts the Vaadin requests it sends (a hook on
 * {@code XMLHttpRequest}), so a wait knows that the request has left and been answered, not only
 * that the client happens to be idle. Nothing waits for a time. Missing Chromium or driver makes
 * the tests fail, never skip.
 */
public final class Browser implements AutoCloseable {

    /** Long enough for a busy two-core machine; a passing test never waits for it. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /**
     * How often a wait asks the page again. Selenium's default (half a second) came on top of
     * nearly every action; a question costs the page a few milliseconds.
     */
    private static final Duration POLL = Duration.ofMillis(25);

    /**
     * Installs the request counter once per document and returns the number of Vaadin requests
     * (UIDL) sent so far. A new document has no counter: that is how a wait sees a page load.
     */
    private static final String COUNT_REQUESTS = """
            var t = window.__itRoundTrips;
            if (!t) {
              t = window.__itRoundTrips = {sent: 0};
              var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.open = function (method, url) {
                this.__itVaadin = String(url).indexOf('v-r=uidl') >= 0;
                return open.apply(this, arguments);
              };
              XMLHttpRequest.prototype.send = function () {
                if (this.__itVaadin) { t.sent++; }
                return send.apply(this, arguments);
              };
            }
            return t.sent;""";

    /** Every Vaadin client of the page has handled its start-up and has no request in flight. */
    private static final String IDLE = "(function () {"
            + " var flow = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
            + " var clients = flow ? Object.values(flow) : [];"
            + " return clients.length > 0 && clients.every(function (c) { return !c.isActive || !c.isActive(); });"
            + " })()";

    /**
     * After an action: "answered" once a Vaadin request was sent after it and every client is idle
     * again, "new page" once another document has replaced the one acted on and its Vaadin is idle.
     */
    private static final String AFTER = "var idle = " + IDLE + "; var t = window.__itRoundTrips;"
            + " if (!t) { return idle ? 'new page' : 'loading'; }"
            + " return t.sent > arguments[0] && idle ? 'answered' : 'waiting';";

    private final WebDriver driver;

    public Browser(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,900", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        // the console, so a test can see what the Content-Security-Policy refused
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    /** Loads a URL and waits until its Vaadin client has started and is idle. */
    public void open(String url) {
        driver.get(url);
        waitForVaadin();
    }

    /** Forgets every cookie (so the session), wherever the browser is: the next page it opens starts signed out. */
    public void forgetSession() {
        ((HasCdp) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /**
     * Waits until every Vaadin client on the page has started and has no request in flight: right
     * after a page load. After an action, wait for the round trip it caused instead ({@link #click},
     * {@link #type}, {@link #whileWaitingForServer}).
     */
    public void waitForVaadin() {
        waiting("Vaadin did not start, or stayed busy").until(d -> Boolean.TRUE.equals(script("return " + IDLE + ";")));
    }

    /** The element, scrolled into the middle of the window, once a user could see it. */
    public WebElement find(By by) {
        WebElement element = waiting(by + " is not on the page").until(ExpectedConditions.presenceOfElementLocated(by));
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        return waiting(by + " is not visible").until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public void waitForText(By by, String text) {
        waiting(by + " does not show '" + text + "'").until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits until the page shows what an action should lead to, failing with {@code what} if it never does. */
    public <T> T waitUntil(String what, Function<WebDriver, T> condition) {
        return waiting(what).until(condition::apply);
    }

    /** The same, with a message made when the wait fails (it may read the page). */
    public <T> T waitUntil(Supplier<String> what, Function<WebDriver, T> condition) {
        return waiting(what).until(condition::apply);
    }

    /**
     * Clicks like a user and waits for the server's answer to that click: a Vaadin request sent
     * after it and answered, or a new page loaded. A click that sends nothing fails; use
     * {@link #clickOpening} for what happens in the browser alone.
     */
    public void click(By by) {
        whileWaitingForServer("clicking " + by, () -> realClick(by));
    }

    /**
     * Clicks something that changes the page without asking the server (it opens a list or an
     * overlay), and waits until {@code shown} is visible.
     */
    public void clickOpening(By by, By shown) {
        realClick(by);
        waiting("clicking " + by + " did not show " + shown).until(ExpectedConditions.visibilityOfElementLocated(shown));
    }

    /**
     * Clicks what submits a form or leaves the application's page (sign-in, sign-out) and waits for
     * the page the server answers with: another document, its Vaadin started and idle.
     */
    public void clickToNewPage(By by) {
        requestsSent(); // marks this document: the new one has no counter
        realClick(by);
        waiting("clicking " + by + " loaded no new page").until(d -> "new page".equals(script(AFTER, Long.MAX_VALUE)));
    }

    /**
     * Replaces a field's text as a user types it, leaves the field with Tab and, when the text
     * changed, waits for the server to have received it.
     */
    public void type(By input, String text) {
        typeAndPress(input, text, Keys.TAB);
    }

    /** Like {@link #type}, but confirms with Enter (a date picker takes the typed date). */
    public void typeAndEnter(By input, String text) {
        typeAndPress(input, text, Keys.ENTER);
    }

    private void typeAndPress(By input, String text, Keys confirm) {
        WebElement field = find(input);
        if (text.equals(field.getDomProperty("value"))) {
            return; // the browser sends nothing for a value that did not change
        }
        whileWaitingForServer("typing '" + text + "' into " + input, () -> {
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            field.sendKeys(text);
            field.sendKeys(confirm);
        });
    }

    /**
     * Runs an action that sends something to the server (a click, keys, a file) and waits for the
     * answer: a Vaadin request sent after the action began and answered, or a new page loaded.
     */
    public void whileWaitingForServer(String action, Runnable act) {
        long before = requestsSent();
        act.run();
        waiting(action + " sent nothing to the server, or its answer never came").until(d -> {
            Object state = script(AFTER, before);
            return "answered".equals(state) || "new page".equals(state);
        });
    }

    private long requestsSent() {
        return ((Number) script(COUNT_REQUESTS)).longValue();
    }

    /**
     * A real click (the browser's own mouse event) on the element, scrolled to the middle of the
     * window. When something lies over it (an overlay closing, a notification) the click waits
     * until it is uncovered; if it stays covered the test fails naming what covers it, as a user
     * could not click it either.
     */
    private void realClick(By by) {
        String[] covered = {null};
        try {
            waiting(by.toString()).until(d -> {
                WebElement element = d.findElement(by);
                // first into view: inside a scrolled or clipped panel an element counts as not displayed
                script("arguments[0].scrollIntoView({block: 'center'});", element);
                if (!element.isDisplayed() || !element.isEnabled()) {
                    return false;
                }
                try {
                    element.click();
                    return true;
                } catch (ElementClickInterceptedException e) {
                    covered[0] = e.getRawMessage();
                    return false;
                }
            });
        } catch (TimeoutException e) {
            Path shot = screenshot("covered-" + System.currentTimeMillis());
            throw new AssertionError((covered[0] == null ? by + " never became clickable"
                    : by + " stays covered, a user could not click it: " + covered[0]) + " (screenshot " + shot + ")", e);
        }
    }

    private WebDriverWait waiting(String message) {
        return waiting(() -> message);
    }

    private WebDriverWait waiting(Supplier<String> message) {
        WebDriverWait waiting = new WebDriverWait(driver, TIMEOUT, POLL);
        waiting.withMessage(message);
        waiting.ignoring(StaleElementReferenceException.class); // the server replaced what was read: ask again
        return waiting;
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** The console messages since the last call that report something the page's policy refused. */
    public List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    public WebDriver driver() {
        return driver;
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Saves a screenshot under {@code target/screenshots}, for the README and failure analysis. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("screenshot failed", e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
