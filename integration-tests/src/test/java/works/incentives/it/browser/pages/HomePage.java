package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import works.incentives.it.browser.Browser;

import java.util.List;

/** The home view and the shell around it, as a user sees them. */
public class HomePage {

    private static final By HEADING = By.id("home-heading");
    private static final By APP_TITLE = By.id("app-title");
    private static final By NAV = By.id("side-nav");
    private static final By GRID_CELLS = By.cssSelector("#program-grid vaadin-grid-cell-content");

    private final Browser browser;

    public HomePage(Browser browser) {
        this.browser = browser;
    }

    public HomePage open(String baseUrl) {
        browser.open(baseUrl);
        browser.find(HEADING);
        return this;
    }

    public String heading() {
        return browser.find(HEADING).getText();
    }

    public String appTitle() {
        return browser.find(APP_TITLE).getText();
    }

    /** The application's own style sheet is applied (not only Vaadin's theme). */
    public String appTitleFontWeight() {
        return browser.find(APP_TITLE).getCssValue("font-weight");
    }

    public String navigationText() {
        return browser.find(NAV).getText();
    }

    /** Every text shown in the programs grid: headers and cells. */
    public List<String> programGridTexts() {
        return browser.findAll(GRID_CELLS).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).toList();
    }

    public HomePage switchLanguage(String languageLabel) {
        SelectBox.choose(browser, "language-switch", languageLabel);
        return this;
    }

    public HomePage waitForHeading(String text) {
        browser.waitForText(HEADING, text);
        return this;
    }
}
