package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import works.incentives.it.browser.Browser;

/** "My claims": the partner's claims in a grid. */
public class MyClaimsPage {

    private final Browser browser;

    public MyClaimsPage(Browser browser) {
        this.browser = browser;
    }

    public MyClaimsPage open(String baseUrl) {
        browser.open(baseUrl + "claims");
        browser.find(By.id("claims-grid"));
        return this;
    }

    /** The grid's visible text (names, statuses, deadlines). */
    public String gridText() {
        return (String) browser.script("const g = document.getElementById('claims-grid');"
                + " return Array.from(g.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join(' | ');");
    }

    public void newClaim() {
        browser.click(By.id("claims-new"));
    }
}
