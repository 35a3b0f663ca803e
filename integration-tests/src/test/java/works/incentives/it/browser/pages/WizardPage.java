package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import works.incentives.it.browser.Browser;

import java.util.List;

/**
 * What both wizards share (the {@code component/wizard} skeleton): the step title, the help panel,
 * the progress list, Back, Next and Submit. Each wizard's page object adds its own steps' fields.
 * Element ids are the skeleton's stable ids; a label change touches no page object.
 *
 * @param <P> the wizard's own page object, returned by the navigation methods
 */
public abstract class WizardPage<P extends WizardPage<P>> {

    private static final By STEP_TITLE = By.id("wizard-step-title");
    private static final By HELP_TEXT = By.id("wizard-help-text");
    private static final By HELP_LINKS = By.cssSelector("#wizard-help-links a");
    private static final By PROGRESS = By.id("wizard-progress");
    private static final By NEXT = By.id("wizard-next");
    private static final By BACK = By.id("wizard-back");
    private static final By SUBMIT = By.id("wizard-submit");

    protected final Browser browser;
    private final String route;
    private final String firstStep;

    /** {@code route} opens a new draft ("plans/new"), whose first step is {@code firstStep}. */
    protected WizardPage(Browser browser, String route, String firstStep) {
        this.browser = browser;
        this.route = route;
        this.firstStep = firstStep;
    }

    private P self() {
        @SuppressWarnings("unchecked")
        P self = (P) this;
        return self;
    }

    /** Opens the wizard on a new draft, at its first step. */
    public P openNew(String baseUrl) {
        browser.open(baseUrl + route);
        return waitForStep(firstStep);
    }

    /** Waits until the wizard shows the step with this id (e.g. "basics"). */
    public P waitForStep(String stepId) {
        browser.find(By.id("step-" + stepId));
        return self();
    }

    public String stepTitle() {
        return browser.find(STEP_TITLE).getText();
    }

    public String helpText() {
        return browser.find(HELP_TEXT).getText();
    }

    /** The "Learn more" links' targets in the help panel. */
    public List<String> helpLinkTargets() {
        return browser.findAll(HELP_LINKS).stream().map(a -> a.getDomAttribute("target")).toList();
    }

    /**
     * Clicks the first "Learn more" link and waits for the guidance drawer beside the step to show
     * the article; returns the drawer's "Open in new tab" address.
     */
    public String openFirstGuidanceInDrawer() {
        browser.click(HELP_LINKS);
        browser.find(By.cssSelector("#guidance-drawer-article h2[id]"));
        return browser.find(By.id("guidance-drawer-new-tab")).getDomProperty("href"); // resolved: an absolute URL
    }

    public void closeGuidanceDrawer() {
        browser.click(By.id("guidance-drawer-close"));
        browser.waitUntil("the guidance drawer closes",
                d -> d.findElements(By.id("guidance-drawer-article")).stream().noneMatch(WebElement::isDisplayed));
    }

    public String progressText() {
        return browser.find(PROGRESS).getText();
    }

    public String currentUrl() {
        return browser.currentUrl();
    }

    /** Saves the step and goes to the next one (or stays with the problems shown). */
    public P next() {
        browser.click(NEXT);
        return self();
    }

    public P back() {
        browser.click(BACK);
        return self();
    }

    /** Chooses a step in the progress list and waits until it is shown. */
    public P goToStep(String stepId) {
        browser.click(By.id("wizard-progress-" + stepId));
        return waitForStep(stepId);
    }

    public boolean submitShown() {
        return browser.findAll(SUBMIT).stream().anyMatch(WebElement::isDisplayed);
    }

    public void submit() {
        browser.click(SUBMIT);
    }

    /** Replaces the text of the input or text area inside the field with this id. */
    protected void type(String fieldId, String text) {
        browser.type(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"), text);
    }

    /** Types a date into a date picker (in the pattern its language shows: M/d/yyyy or yyyy/MM/dd) and takes it with Enter. */
    protected void typeDate(String fieldId, String date) {
        browser.typeAndEnter(By.cssSelector("#" + fieldId + " input"), date);
    }

    /** Types a date into the date picker with this id, whatever the step (e.g. a pattern it must refuse). */
    public P typeDateInto(String fieldId, String date) {
        typeDate(fieldId, date);
        return self();
    }

    /** The message below the field with this id (e.g. a date picker's "wrong pattern"). */
    public String errorBelow(String fieldId) {
        return errorOf(fieldId);
    }

    /**
     * Opens the date picker's calendar as a click on its toggle does and reads everything it shows
     * (month titles, weekdays, Today and Cancel, through the shadow roots; not their styles) once it shows {@code shown},
     * then closes it with Escape.
     */
    public String calendarText(String fieldId, String shown) {
        browser.script("document.getElementById(arguments[0]).open();", fieldId);
        String read = "const deep = n => (n.shadowRoot ? deep(n.shadowRoot) : '') + Array.from(n.childNodes)"
                + ".map(c => c.nodeType === 3 ? c.textContent : c.localName === 'style' ? '' : deep(c)).join(' ');"
                + "const o = document.querySelector('vaadin-date-picker-overlay[opened]');"
                + "return o ? deep(o).replace(/\\s+/g, ' ') : '';";
        String text = browser.waitUntil("the calendar of " + fieldId + " opens",
                d -> { String t = String.valueOf(browser.script(read)); return t.contains(shown) ? t : null; });
        browser.find(By.cssSelector("#" + fieldId + " input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        browser.waitUntil("the calendar of " + fieldId + " closes",
                d -> Boolean.FALSE.equals(browser.script("return document.getElementById(arguments[0]).opened;", fieldId)));
        return text;
    }

    /** The message a field shows below itself once the server refused its value. */
    protected String errorOf(String fieldId) {
        return browser.find(By.cssSelector("#" + fieldId + " [slot='error-message']")).getText();
    }
}
