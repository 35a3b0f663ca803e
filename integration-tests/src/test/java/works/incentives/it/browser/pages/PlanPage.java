package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import works.incentives.it.browser.Browser;

/** A plan's read-only page. */
public class PlanPage {

    private final Browser browser;

    public PlanPage(Browser browser) {
        this.browser = browser;
    }

    public PlanPage waitUntilShown() {
        browser.find(By.id("plan-detail"));
        return this;
    }

    public String status() {
        return browser.find(By.id("plan-status")).getText();
    }

    public String summaryText() {
        return browser.find(By.id("plan-summary")).getText();
    }

    public boolean editable() {
        return browser.findAll(By.id("plan-resume")).stream().anyMatch(e -> e.isDisplayed())
                || browser.findAll(By.id("wizard-next")).stream().anyMatch(e -> e.isDisplayed());
    }
}
