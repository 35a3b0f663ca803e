package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import works.incentives.it.browser.Browser;

/**
 * A review queue ("claim" or "plan"): filter by partner, then open an item by its name. Items are
 * links in a lazy grid, so the page filters first to bring the item into the rendered rows.
 */
public class ReviewQueuePage {

    private final Browser browser;
    private final String kind;

    private ReviewQueuePage(Browser browser, String kind, String baseUrl) {
        this.browser = browser;
        this.kind = kind;
        browser.open(baseUrl + "review/" + kind + "s");
        browser.find(By.id(kind + "-queue"));
    }

    public static ReviewQueuePage claims(Browser browser, String baseUrl) {
        return new ReviewQueuePage(browser, "claim", baseUrl);
    }

    public static ReviewQueuePage plans(Browser browser, String baseUrl) {
        return new ReviewQueuePage(browser, "plan", baseUrl);
    }

    public ReviewQueuePage filterByPartner(String partnerName) {
        ComboBox.single(browser, kind + "-filter-partner").choose(partnerName);
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
