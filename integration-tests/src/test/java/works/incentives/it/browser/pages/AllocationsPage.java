package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import works.incentives.it.browser.Browser;

/** The program admin's allocations screen: a program and period, its funds, and the allocate dialog. */
public class AllocationsPage {

    private static final By SAVE = By.id("allocation-save");

    private final Browser browser;

    public AllocationsPage(Browser browser) {
        this.browser = browser;
    }

    public AllocationsPage open(String baseUrl) {
        browser.open(baseUrl + "admin/allocations");
        browser.find(By.id("allocations-grid"));
        return this;
    }

    /** Chooses the program whose name starts with {@code namePrefix} and the period named {@code periodName}. */
    public AllocationsPage choose(String namePrefix, String periodName) {
        ComboBox.single(browser, "allocation-program").choose(namePrefix);
        ComboBox.single(browser, "allocation-period").choose(periodName);
        return this;
    }

    /** Allocates what a partner earned in the chosen program and period; waits until the dialog has closed. */
    public AllocationsPage allocate(String partnerName, String earned) {
        browser.click(By.id("allocate"));
        ComboBox.single(browser, "allocation-partner").choose(partnerName);
        browser.type(By.cssSelector("#allocation-earned input"), earned);
        browser.click(SAVE);
        browser.waitUntil("the allocation dialog stays open", d -> d.findElements(SAVE).isEmpty());
        return this;
    }
}
