package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import works.incentives.it.browser.Browser;

/** The program admin's allocations screen: a program and period, its funds, and the allocate dialog. */
public class AllocationsPage {

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
        pick("allocation-program", "vaadin-combo-box-item", namePrefix);
        pick("allocation-period", "vaadin-combo-box-item", periodName);
        return this;
    }

    /** Allocates what a partner earned in the chosen program and period. */
    public AllocationsPage allocate(String partnerName, String earned) {
        browser.click(By.id("allocate"));
        pick("allocation-partner", "vaadin-combo-box-item", partnerName);
        WebElement amount = browser.find(By.cssSelector("#allocation-earned input"));
        amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        amount.sendKeys(earned, Keys.TAB);
        browser.waitForVaadin();
        browser.click(By.id("allocation-save"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.findElements(By.id("allocation-save")).isEmpty());
        return this;
    }

    public String gridText() {
        return String.join(" ", browser.findAll(By.cssSelector("#allocations-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList());
    }

    private void pick(String comboId, String itemTag, String textPrefix) {
        WebElement input = browser.find(By.cssSelector("#" + comboId + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(textPrefix);
        browser.waitForVaadin();
        By item = By.xpath("//" + itemTag + "[starts-with(normalize-space(.), '" + textPrefix + "')]");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(item));
        browser.script("arguments[0].click();", browser.driver().findElement(item));
        browser.waitForVaadin();
    }
}
