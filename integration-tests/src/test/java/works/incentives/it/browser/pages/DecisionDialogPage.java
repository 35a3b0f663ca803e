package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import works.incentives.it.browser.Browser;

/** The dialog every review decision opens: comment, concerned item, limit, payment. */
public class DecisionDialogPage {

    private static final By CONFIRM = By.id("decision-confirm");

    private final Browser browser;

    DecisionDialogPage(Browser browser) {
        this.browser = browser;
        browser.find(CONFIRM);
    }

    public DecisionDialogPage comment(String text) {
        browser.type(By.cssSelector("#decision-comment textarea"), text);
        return this;
    }

    public DecisionDialogPage limit(String amount) {
        browser.type(By.cssSelector("#decision-limit input"), amount);
        return this;
    }

    public DecisionDialogPage reference(String text) {
        browser.type(By.cssSelector("#decision-reference input"), text);
        return this;
    }

    /** Chooses the first concerned item whose label contains {@code labelPart}. */
    public DecisionDialogPage concerning(String labelPart) {
        SelectBox.choose(browser, "decision-target", labelPart);
        return this;
    }

    /** Confirms the decision and waits until the dialog has closed (a refused decision keeps it open). */
    public void confirm() {
        browser.click(CONFIRM);
        browser.waitUntil("the decision dialog stays open", d -> d.findElements(CONFIRM).isEmpty());
    }
}
