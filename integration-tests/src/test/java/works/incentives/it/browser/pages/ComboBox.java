package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import works.incentives.it.browser.Browser;

/**
 * A combo box (single or multi-select) used as a user does: type the start of an item's label to
 * filter the list, then click the item. The click waits for the server to have the new value.
 */
public final class ComboBox {

    private static final String SINGLE = "vaadin-combo-box-item";

    private final Browser browser;
    private final String id;
    private final String itemTag;

    private ComboBox(Browser browser, String id, String itemTag) {
        this.browser = browser;
        this.id = id;
        this.itemTag = itemTag;
    }

    /** The {@code vaadin-combo-box} with this id. */
    public static ComboBox single(Browser browser, String id) {
        return new ComboBox(browser, id, SINGLE);
    }

    /** The {@code vaadin-multi-select-combo-box} with this id: choosing adds an item. */
    public static ComboBox multiSelect(Browser browser, String id) {
        return new ComboBox(browser, id, "vaadin-multi-select-combo-box-item");
    }

    /**
     * Types the start of an item's label and clicks the first item whose label starts with it,
     * unless a single-choice box shows that item already (the view may choose for the user).
     */
    public ComboBox choose(String labelStart) {
        WebElement input = browser.find(By.cssSelector("#" + id + " input"));
        if (itemTag.equals(SINGLE) && String.valueOf(input.getDomProperty("value")).startsWith(labelStart)) {
            return this;
        }
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(labelStart);
        // the list filters as the user types (in the browser or on the server): click once it has settled
        By combo = By.id(id);
        browser.waitUntil(id + " is still loading its items", d -> d.findElement(combo).getDomAttribute("loading") == null);
        browser.click(By.xpath("//" + itemTag + "[starts-with(normalize-space(.), '" + labelStart + "')]"));
        return this;
    }

    /** Closes the list (a multi-select box keeps it open after a choice), as Escape does. */
    public void close() {
        browser.find(By.cssSelector("#" + id + " input")).sendKeys(Keys.ESCAPE);
        browser.waitUntil(id + " stays open", d -> d.findElement(By.id(id)).getDomAttribute("opened") == null);
        browser.waitForVaadin();
    }
}
