package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import works.incentives.it.browser.Browser;

import java.util.List;

/** The header's notification badge and the inbox it opens. */
public class InboxPage {

    private static final By BADGE = By.id("inbox-badge");
    private static final By UNREAD = By.id("inbox-unread");
    private static final By TITLES = By.cssSelector("#inbox .inbox-entry-title");

    private final Browser browser;

    public InboxPage(Browser browser) {
        this.browser = browser;
    }

    /** The unread count the badge shows; 0 when it shows none. */
    public int unreadCount() {
        browser.find(BADGE);
        String text = browser.findAll(UNREAD).stream().filter(WebElement::isDisplayed).map(WebElement::getText)
                .findFirst().orElse("").strip();
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    /** Opens the inbox with the badge and waits for its entries. */
    public InboxPage openFromBadge() {
        browser.click(BADGE);
        browser.find(By.id("inbox"));
        browser.waitUntil("the inbox lists no entry", d -> !d.findElements(TITLES).isEmpty());
        return this;
    }

    public List<String> titles() {
        return browser.findAll(TITLES).stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** Opens the first entry with this title (it leads to its plan or claim). */
    public void open(String title) {
        browser.click(By.xpath("//*[@id='inbox']//span[contains(@class,'inbox-entry-title')][normalize-space(.)="
                + "'" + title.replace("'", "") + "']"));
    }

    public void markAllRead() {
        browser.click(By.id("inbox-mark-all-read"));
    }
}
