package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import works.incentives.it.browser.Browser;

/** "My plans": drafts to resume and every plan of the partner. */
public class MyPlansPage {

    private static final By HEADING = By.id("my-plans-heading");
    private static final By DRAFTS = By.id("draft-plans");

    private final Browser browser;

    public MyPlansPage(Browser browser) {
        this.browser = browser;
    }

    public MyPlansPage open(String baseUrl) {
        browser.open(baseUrl + "plans");
        browser.find(HEADING);
        return this;
    }

    public String draftsText() {
        return browser.find(DRAFTS).getText();
    }

    /** Clicks "Resume" on the draft whose line shows the title. */
    public void resume(String title) {
        browser.click(By.xpath("//*[@id='draft-plans']//li[contains(., '" + title + "')]//vaadin-button"));
    }
}
