package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import works.incentives.it.browser.Browser;

/** A dashboard (the partner's at "dashboard", the vendor's at "insight"): headings, SVG charts, tables. */
public class DashboardPage {

    private final Browser browser;

    public DashboardPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the dashboard from the side navigation, as a user would. */
    public DashboardPage openFromNavigation(String label) {
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='" + label + "']"));
        browser.find(By.id("dashboard-heading"));
        return this;
    }

    public String heading() {
        return browser.find(By.id("dashboard-heading")).getText();
    }

    /** The page's visible text (headings, notes, table cells). */
    public String text() {
        return (String) browser.script("return document.querySelector('.dashboard').innerText;");
    }

    /** A chart's accessible name: its SVG title, as the SVG's aria-labelledby points to it. */
    public String chartTitle(String chartId) {
        return (String) browser.script("const svg = document.querySelector('#' + arguments[0] + ' svg');"
                + " return svg.getAttribute('role') + ': ' + document.getElementById(svg.getAttribute('aria-labelledby')"
                + ".split(' ')[0]).textContent;", chartId);
    }

    /** How many bars the chart draws. */
    public long bars(String chartId) {
        return (Long) browser.script("return document.querySelectorAll('#' + arguments[0] + ' svg rect[class^=series]').length;",
                chartId);
    }
}
