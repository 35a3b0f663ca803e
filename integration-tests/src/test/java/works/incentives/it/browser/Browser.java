package works.incentives.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * A headless Debian Chromium driven by Selenium, with waits that know when Vaadin is idle.
 * Missing Chromium or driver makes the tests fail, never skip.
 */
public final class Browser implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,900", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // the console, so a test can see what the Content-Security-Policy refused
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, TIMEOUT);
    }

    public void open(String url) {
        driver.get(url);
        waitForVaadin();
    }

    /** Waits until every Vaadin client on the page has no request in flight. */
    public void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) { return false; }"
                        + "var clients = Object.values(window.Vaadin.Flow.clients);"
                        + "return clients.length > 0 && clients.every(function (c) {"
                        + "  return !c.isActive || !c.isActive(); });")));
    }

    /** The element, scrolled into the middle of the window, once a user could see it. */
    public WebElement find(By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * Clicks like a user: the element scrolled to the middle of the window first. When a floating
     * overlay covers it, the click goes to the element directly (and a screenshot is kept).
     */
    public void click(By by) {
        WebElement present = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        script("arguments[0].scrollIntoView({block: 'center'});", present);
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            // a floating overlay (a picker's dropdown, a notification) lies over it: click it directly
            screenshot("covered-" + System.currentTimeMillis());
            script("arguments[0].click();", element);
        }
        waitForVaadin();
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** The console messages since the last call that report something the page's policy refused. */
    public List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    public WebDriver driver() {
        return driver;
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
