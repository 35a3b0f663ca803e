package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import works.incentives.it.browser.Browser;

/** A {@code vaadin-select} used as a user does: open it, click the item. */
final class SelectBox {

    private SelectBox() {
    }

    /**
     * Chooses the first item whose label contains {@code labelPart}, unless the select shows it
     * already (then a user has nothing to do, and the browser would send nothing).
     */
    static void choose(Browser browser, String id, String labelPart) {
        Object shown = browser.script("var b = document.querySelector('#' + arguments[0] + ' vaadin-select-value-button');"
                + " return b ? b.textContent.trim() : '';", id);
        if (String.valueOf(shown).contains(labelPart)) {
            return;
        }
        By item = By.xpath("//vaadin-select-item[contains(normalize-space(.), '" + labelPart + "')]");
        browser.clickOpening(By.id(id), item);
        browser.click(item);
    }
}
