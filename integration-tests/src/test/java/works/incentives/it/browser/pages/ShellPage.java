package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import works.incentives.it.browser.Browser;

import java.util.List;

/** The application shell around every view: header and side navigation. */
public class ShellPage {

    private static final By NAV_ITEMS = By.cssSelector("#side-nav vaadin-side-nav-item");
    private static final By USER = By.id("app-user");
    private static final By SIGN_OUT = By.id("sign-out");

    private final Browser browser;

    public ShellPage(Browser browser) {
        this.browser = browser;
    }

    public List<String> navigationLabels() {
        browser.find(By.id("side-nav"));
        return browser.findAll(NAV_ITEMS).stream().map(WebElement::getText).map(String::strip).toList();
    }

    public String signedInUser() {
        return browser.find(USER).getText();
    }

    /** Signs out and waits for the page the application sends the user to. */
    public void signOut() {
        browser.clickToNewPage(SIGN_OUT);
    }

    /** Opens a route directly, as a typed or bookmarked URL would. */
    public void openRoute(String baseUrl, String route) {
        browser.open(baseUrl + route);
    }
}
