package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import works.incentives.it.browser.Browser;

import java.util.Map;

/**
 * The plan wizard as a partner uses it: the fund, the basics, campaigns and activities, the
 * review. Element ids are the wizard's stable ids; a label change touches only this class.
 */
public class PlanWizardPage extends WizardPage<PlanWizardPage> {

    public PlanWizardPage(Browser browser) {
        super(browser, "plans/new", "fund");
    }

    // ---- step 1 ----

    /** Picks the fund whose label contains the period's name (e.g. "H2 FY27"); the only usable fund comes chosen. */
    public PlanWizardPage chooseFund(String periodName) {
        SelectBox.choose(browser, "plan-fund", periodName);
        return this;
    }

    public String fundFacts() {
        return browser.find(By.id("plan-fund-facts")).getText();
    }

    // ---- step 2 ----

    public PlanWizardPage fillBasics(String title, String objective) {
        type("plan-title", title);
        type("plan-objective", objective);
        return this;
    }

    // ---- step 3 ----

    /** Opens the campaign form and fills it (dates as the English date picker reads them: M/d/yyyy). */
    /** The plan's title as the basics step shows it. */
    public String title() {
        return browser.find(By.cssSelector("#plan-title input")).getDomProperty("value");
    }

    public PlanWizardPage fillNewCampaign(String name, String objective, String start, String end) {
        browser.click(By.id("campaign-add"));
        type("campaign-name", name);
        type("campaign-objective", objective);
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
        ComboBox.single(browser, "activity-type").choose(typeLabel);
        ComboBox countries = ComboBox.multiSelect(browser, "activity-countries");
        countries.choose(country);
        countries.close();
        setActivityAmount(amount);
        metrics.forEach((code, value) -> type("activity-metric-" + code, value));
        type("activity-description", description);
        return this;
    }

    public PlanWizardPage setActivityAmount(String amount) {
        type("activity-amount", amount);
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
        return String.valueOf(browser.script(
                "var t = document.getElementById('plan-budget-total'); return t ? t.textContent.trim() : '';"));
    }

    public boolean budgetWarningShown() {
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
}
