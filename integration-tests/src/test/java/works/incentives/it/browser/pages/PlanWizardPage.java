package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import works.incentives.it.browser.Browser;

import java.util.Map;

/**
 * The plan wizard as a partner uses it: the fund, the basics, campaigns and activities, the
 * review. Element ids are the wizard's stable ids; a label change touches only this class.
 */
public class PlanWizardPage {

    private static final By STEP_TITLE = By.id("wizard-step-title");
    private static final By HELP_TEXT = By.id("wizard-help-text");
    private static final By HELP_LINKS = By.cssSelector("#wizard-help-links a");
    private static final By NEXT = By.id("wizard-next");
    private static final By BACK = By.id("wizard-back");
    private static final By SAVE_CLOSE = By.id("wizard-save-close");
    private static final By SUBMIT = By.id("wizard-submit");

    private final Browser browser;

    public PlanWizardPage(Browser browser) {
        this.browser = browser;
    }

    public PlanWizardPage openNew(String baseUrl) {
        browser.open(baseUrl + "plans/new");
        browser.find(By.id("step-fund"));
        return this;
    }

    public PlanWizardPage waitForStep(String stepId) {
        browser.find(By.id("step-" + stepId));
        return this;
    }

    public String stepTitle() {
        return browser.find(STEP_TITLE).getText();
    }

    public String helpText() {
        return browser.find(HELP_TEXT).getText();
    }

    /** The "Learn more" links of the help panel (null: no new tab). */
    public java.util.List<String> helpLinkTargets() {
        return browser.findAll(HELP_LINKS).stream().map(a -> a.getAttribute("target")).toList();
    }

    /**
     * Clicks the first "Learn more" link and waits for the guidance drawer to show the article;
     * returns the drawer's "Open in new tab" address.
     */
    public String openFirstGuidanceInDrawer() {
        browser.click(HELP_LINKS);
        browser.waitForVaadin();
        browser.find(By.cssSelector("#guidance-drawer-article h2[id]"));
        return browser.find(By.id("guidance-drawer-new-tab")).getAttribute("href");
    }

    public void closeGuidanceDrawer() {
        browser.click(By.id("guidance-drawer-close"));
        browser.waitForVaadin();
    }

    public String progressText() {
        return browser.find(By.id("wizard-progress")).getText();
    }

    public String currentUrl() {
        return browser.driver().getCurrentUrl();
    }

    // ---- step 1 ----

    /** Picks the fund whose label contains the period's name (e.g. "H2 FY27"). */
    public PlanWizardPage chooseFund(String periodName) {
        browser.click(By.id("plan-fund"));
        browser.click(By.xpath("//vaadin-select-item[contains(normalize-space(.), '" + periodName + "')]"));
        return this;
    }

    public String fundFacts() {
        return browser.find(By.id("plan-fund-facts")).getText();
    }

    // ---- step 2 ----

    public PlanWizardPage fillBasics(String title, String objective) {
        type(By.cssSelector("#plan-title input"), title);
        type(By.cssSelector("#plan-objective textarea"), objective);
        return this;
    }

    public String title() {
        return browser.find(By.cssSelector("#plan-title input")).getAttribute("value");
    }

    // ---- step 3 ----

    /** Opens the campaign form and fills it (dates as the English date picker reads them: M/d/yyyy). */
    public PlanWizardPage fillNewCampaign(String name, String objective, String start, String end) {
        browser.click(By.id("campaign-add"));
        type(By.cssSelector("#campaign-name input"), name);
        type(By.cssSelector("#campaign-objective textarea"), objective);
        typeDate("campaign-start", start);
        typeDate("campaign-end", end);
        return this;
    }

    public PlanWizardPage setCampaignStart(String start) {
        typeDate("campaign-start", start);
        return this;
    }

    public PlanWizardPage saveCampaign() {
        browser.click(By.id("campaign-save"));
        return this;
    }

    public String campaignStartError() {
        return errorOf("campaign-start");
    }

    public String usagePeriodText() {
        return browser.find(By.id("campaign-usage-period")).getText();
    }

    public boolean campaignFormOpen() {
        return browser.findAll(By.id("campaign-form")).stream().anyMatch(WebElement::isDisplayed);
    }

    public int campaignCount() {
        return browser.findAll(By.cssSelector("#campaign-list > .item-card")).size();
    }

    // ---- step 4 ----

    /**
     * Opens a new activity in the n-th campaign (0-based) and fills it; {@code typeLabel} is the
     * type's full label in the list ("Digital advertising · Demand generation"), {@code country}
     * the country's label ("Taiwan (TW)").
     */
    public PlanWizardPage fillNewActivity(int campaignIndex, String typeLabel, String country, String amount,
                                          Map<String, String> metrics, String description) {
        browser.click(By.id("activity-add-" + campaignIndex));
        WebElement type = browser.find(By.cssSelector("#activity-type input"));
        type.sendKeys(typeLabel);
        browser.waitForVaadin();
        type.sendKeys(Keys.ENTER);
        browser.waitForVaadin();
        WebElement countries = browser.find(By.cssSelector("#activity-countries input"));
        countries.sendKeys(country);
        browser.waitForVaadin();
        // choose the item in the open list, as a user clicks it (Enter does not pick an unfocused item)
        By item = By.xpath("//vaadin-multi-select-combo-box-item[normalize-space(.)='" + country + "']");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(item));
        browser.script("arguments[0].click();", browser.driver().findElement(item));
        browser.waitForVaadin();
        countries.sendKeys(Keys.ESCAPE);
        browser.waitForVaadin();
        setActivityAmount(amount);
        metrics.forEach((code, value) -> type(By.cssSelector("#activity-metric-" + code + " input"), value));
        type(By.cssSelector("#activity-description textarea"), description);
        return this;
    }

    public PlanWizardPage setActivityAmount(String amount) {
        type(By.cssSelector("#activity-amount input"), amount);
        return this;
    }

    public PlanWizardPage saveActivity() {
        browser.click(By.id("activity-save"));
        return this;
    }

    public String activityAmountError() {
        return errorOf("activity-amount");
    }

    public String typeRulesText() {
        return browser.find(By.id("activity-type-rules")).getText();
    }

    /** The running total's sentence (read from the page, wherever it is scrolled). */
    public String budgetText() {
        browser.waitForVaadin();
        return String.valueOf(browser.script(
                "var t = document.getElementById('plan-budget-total'); return t ? t.textContent.trim() : '';"));
    }

    public boolean budgetWarningShown() {
        browser.waitForVaadin();
        return Boolean.TRUE.equals(browser.script("var w = document.getElementById('plan-budget-warning');"
                + " return !!w && !w.hidden && w.textContent.trim().length > 0;"));
    }

    public int activityCount(int campaignIndex) {
        return browser.findAll(By.cssSelector("#activity-campaign-" + campaignIndex + " > .item-card")).size();
    }

    public String activityText(int campaignIndex, int activityIndex) {
        return browser.find(By.id("activity-" + campaignIndex + "-" + activityIndex)).getText();
    }

    // ---- step 5 ----

    public String problemsSummary() {
        return browser.find(By.id("plan-problems-summary")).getText();
    }

    public String summaryText() {
        return browser.find(By.id("plan-summary")).getText();
    }

    // ---- buttons ----

    public PlanWizardPage next() {
        browser.click(NEXT);
        return this;
    }

    public PlanWizardPage back() {
        browser.click(BACK);
        return this;
    }

    public void saveAndClose() {
        browser.click(SAVE_CLOSE);
    }

    public void submit() {
        browser.click(SUBMIT);
    }

    public boolean submitShown() {
        return browser.findAll(SUBMIT).stream().anyMatch(WebElement::isDisplayed);
    }

    private void type(By input, String text) {
        WebElement field = browser.find(input);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
        browser.waitForVaadin();
    }

    private void typeDate(String id, String date) {
        WebElement field = browser.find(By.cssSelector("#" + id + " input"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(date);
        field.sendKeys(Keys.ENTER);
        browser.waitForVaadin();
    }

    private String errorOf(String id) {
        By error = By.cssSelector("#" + id + " [slot='error-message']");
        browser.find(error);
        return browser.find(error).getText();
    }
}
