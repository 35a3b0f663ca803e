package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import works.incentives.it.browser.Browser;

/**
 * A review queue ("claim" or "plan"): filter by partner, then open an item by its name. Items are
 * links in a lazy grid, so the page filters first to bring the item into the rendered rows.
 */
public class ReviewQueuePage {

    private final Browser browser;
    private final String kind;

    private ReviewQueuePage(Browser browser, String kind) {
        this.browser = browser;
        this.kind = kind;
    }

    public static ReviewQueuePage claims(Browser browser, String baseUrl) {
        browser.open(baseUrl + "review/claims");
        browser.find(By.id("claim-queue"));
        return new ReviewQueuePage(browser, "claim");
    }

    public static ReviewQueuePage plans(Browser browser, String baseUrl) {
        browser.open(baseUrl + "review/plans");
        browser.find(By.id("plan-queue"));
        return new ReviewQueuePage(browser, "plan");
    }

    public ReviewQueuePage filterByPartner(String partnerName) {
        WebElement input = browser.find(By.cssSelector("#" + kind + "-filter-partner input"));
        input.sendKeys(partnerName);
        browser.waitForVaadin();
        input.sendKeys(Keys.ENTER);
        browser.waitForVaadin();
        return this;
    }

    /** Shows the items of one status, e.g. "APPROVED" (the queue opens on the open ones). */
    public ReviewQueuePage showStatus(String status) {
        browser.click(By.id(kind + "-tabs-" + status));
        return this;
    }

    /** The number on the "open" tab's badge. */
    public int openCount() {
        return Integer.parseInt(browser.find(By.id(kind + "-tabs-open-count")).getText().strip());
    }

    public void open(String itemName) {
        browser.click(By.xpath("//vaadin-grid[@id='" + kind + "-queue']//a[normalize-space(.)='" + itemName + "']"));
    }
}
