package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import works.incentives.it.browser.Browser;

/** The dialog every review decision opens: comment, concerned item, limit, payment. */
public class DecisionDialogPage {

    private final Browser browser;

    DecisionDialogPage(Browser browser) {
        this.browser = browser;
        browser.find(By.id("decision-confirm"));
    }

    public DecisionDialogPage comment(String text) {
        WebElement area = browser.find(By.cssSelector("#decision-comment textarea"));
        area.clear();
        area.sendKeys(text);
        return this;
    }

    public DecisionDialogPage limit(String amount) {
        WebElement input = browser.find(By.cssSelector("#decision-limit input"));
        input.clear();
        input.sendKeys(amount);
        return this;
    }

    public DecisionDialogPage reference(String text) {
        browser.find(By.cssSelector("#decision-reference input")).sendKeys(text);
        return this;
    }

    /** Chooses the first concerned item whose label contains {@code labelPart}. */
    public DecisionDialogPage concerning(String labelPart) {
        browser.click(By.id("decision-target"));
        browser.click(By.xpath("//vaadin-select-item[contains(normalize-space(.), '" + labelPart + "')]"));
        return this;
    }

    public void confirm() {
        browser.click(By.id("decision-confirm"));
    }
}
