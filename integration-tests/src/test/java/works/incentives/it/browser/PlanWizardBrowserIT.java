package works.incentives.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import works.incentives.it.browser.pages.HomePage;
import works.incentives.it.browser.pages.LoginPage;
import works.incentives.it.browser.pages.MyPlansPage;
import works.incentives.it.browser.pages.PlanPage;
import works.incentives.it.browser.pages.PlanWizardPage;

import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner admin plans Contoso's fund of the next period (the demo gives it no plan) through
 * every step in a real Chromium: validation next to the fields, a browser closed mid-wizard and
 * a resumed draft with nothing lost, submission, and the wizard in Traditional Chinese.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanWizardBrowserIT {

    static final String PASSWORD = HomeBrowserIT.DEMO_PASSWORD;
    static final String TITLE = "Next half cloud launch";
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    @ArquillianResource
    URL base;

    private Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** DemoData's periods: the usage half-year around today and the one after it (no plan yet). */
    record NextPeriod(String name, LocalDate usageStart, LocalDate usageEnd) {
        static NextPeriod of(LocalDate today) {
            LocalDate usageStart = today.getMonthValue() <= 6 ? today.withDayOfYear(1) : LocalDate.of(today.getYear(), 7, 1);
            LocalDate nextStart = usageStart.plusMonths(6);
            int fiscalYear = usageStart.getMonthValue() >= 7 ? usageStart.getYear() + 1 : usageStart.getYear();
            String name = (usageStart.getMonthValue() >= 7 ? "H1" : "H2") + " FY" + (fiscalYear % 100);
            return new NextPeriod(name, nextStart, nextStart.plusMonths(6).minusDays(1));
        }
    }

    private PlanWizardPage signedIn() {
        browser = new Browser("en-US");
        new LoginPage(browser).open(base.toString()).signIn("ann", PASSWORD);
        return new PlanWizardPage(browser);
    }

    @Test
    void aPartnerAdminPlansResumesAfterClosingTheBrowserAndSubmits() {
        NextPeriod period = NextPeriod.of(LocalDate.now());
        String in = period.usageStart().plusDays(10).format(US_DATE);

        // 1. program and fund
        PlanWizardPage wizard = signedIn().openNew(base.toString());
        assertEquals("Program and fund", wizard.stepTitle());
        assertTrue(wizard.helpLinkTargets().stream().allMatch(java.util.Objects::isNull), "Learn more opens no new tab");
        String urlBefore = wizard.currentUrl();
        assertTrue(wizard.openFirstGuidanceInDrawer().endsWith("/guidance/creating-your-plan#program-and-fund"),
                "the drawer keeps the article's own address");
        assertEquals(urlBefore, wizard.currentUrl(), "the guidance opens beside the step");
        wizard.closeGuidanceDrawer();
        wizard.chooseFund(period.name());
        assertTrue(wizard.fundFacts().contains("$30,000.00"), wizard.fundFacts());
        assertTrue(wizard.fundFacts().contains("days left"), wizard.fundFacts());
        wizard.next().waitForStep("basics");
        assertTrue(wizard.currentUrl().matches(".*/plans/\\d+/edit/basics"), wizard.currentUrl());

        // 2. basics
        wizard.fillBasics(TITLE, "Win 30 new Azure customers in Taiwan").next().waitForStep("campaigns");

        // 3. campaigns: a date outside the usage period is refused next to the field
        wizard.fillNewCampaign("Cloud webinars", "Leads from mid-size companies",
                period.usageStart().minusDays(5).format(US_DATE), period.usageStart().plusDays(40).format(US_DATE));
        assertTrue(wizard.usagePeriodText().startsWith("Usage period:"), wizard.usagePeriodText());
        wizard.saveCampaign();
        assertTrue(wizard.campaignStartError().contains("inside the usage period"), wizard.campaignStartError());
        wizard.setCampaignStart(in).saveCampaign();
        wizard.fillNewCampaign("Partner roadshow", "Demos at customer sites",
                period.usageStart().plusDays(30).format(US_DATE), period.usageStart().plusDays(90).format(US_DATE))
                .saveCampaign();
        assertEquals(2, wizard.campaignCount());
        wizard.next().waitForStep("activities");

        // 4. activities: an amount above the fund is refused next to the field
        wizard.fillNewActivity(0, "Digital advertising · Demand generation", "Taiwan (TW)", "30001",
                Map.of("CLICK_THROUGH_SUMMARY", "1.8% CTR"), "LinkedIn and Google Ads");
        assertTrue(wizard.typeRulesText().contains("Screenshot of the ad"), wizard.typeRulesText());
        assertTrue(wizard.budgetWarningShown(), () -> "the running total warns while the typed amount is over the fund: " + wizard.budgetText());
        wizard.saveActivity();
        assertTrue(wizard.activityAmountError().contains("more than the fund has left"), wizard.activityAmountError());
        wizard.setActivityAmount("12000").saveActivity();
        wizard.fillNewActivity(0, "Customer seminars and bootcamps · Market development", "Taiwan (TW)", "8000",
                Map.of("REGISTERED_GUESTS", "120"), "Half-day bootcamp in Taipei").saveActivity();
        assertEquals(2, wizard.activityCount(0), () -> "invalid fields: " + browser.script(
                "return Array.from(document.querySelectorAll('[invalid]')).map(e => e.id + ': ' + e.errorMessage + ' [' + e.value + ']').join('; ');"));
        assertTrue(wizard.budgetText().startsWith("Planned $20,000.00 of $30,000.00"), wizard.budgetText());
        browser.script("window.scrollTo(0, 0); document.querySelectorAll('*').forEach(e => { if (e.scrollTop) e.scrollTop = 0; });");
        browser.screenshot("plan-wizard");

        // the browser is closed mid-wizard: nothing typed and saved may be lost
        browser.close();
        browser = null;

        PlanWizardPage resumed = signedIn();
        MyPlansPage plans = new MyPlansPage(browser).open(base.toString());
        assertTrue(plans.draftsText().contains(TITLE), plans.draftsText());
        plans.resume(TITLE);
        resumed.waitForStep("activities");
        assertTrue(resumed.currentUrl().endsWith("/edit/activities"), resumed.currentUrl());
        assertEquals("Activities", resumed.stepTitle());
        assertEquals(2, resumed.activityCount(0));
        assertTrue(resumed.activityText(0, 0).contains("Digital advertising"), resumed.activityText(0, 0));
        assertTrue(resumed.budgetText().startsWith("Planned $20,000.00"), resumed.budgetText());

        resumed.fillNewActivity(1, "Tradeshows and exhibitions · Market development", "Taiwan (TW)", "6000",
                Map.of("BOOTH_VISITORS", "400"), "Booth at Computex").saveActivity();
        resumed.back().waitForStep("campaigns");
        assertEquals(2, resumed.campaignCount());
        resumed.next().waitForStep("activities");
        resumed.next().waitForStep("review");

        // 5. review and submit
        assertTrue(resumed.problemsSummary().startsWith("Nothing blocks submission"), resumed.problemsSummary());
        assertTrue(resumed.summaryText().contains("Partner roadshow"), resumed.summaryText());
        resumed.submit();
        PlanPage plan = new PlanPage(browser).waitUntilShown();
        assertEquals("Status: Submitted", plan.status());
        assertFalse(plan.editable(), "a submitted plan is read-only");
        browser.screenshot("plan-submitted");
    }

    @Test
    void theWizardSpeaksTraditionalChinese() {
        PlanWizardPage wizard = signedIn().openNew(base.toString());
        new HomePage(browser).switchLanguage("繁體中文");
        wizard.waitForStep("fund");
        browser.waitForText(org.openqa.selenium.By.id("wizard-step-title"), "計畫方案與資金");
        assertTrue(wizard.helpText().startsWith("請選擇此計畫要使用的方案與資金"), wizard.helpText());
        assertTrue(wizard.progressText().contains("計畫基本資料"), wizard.progressText());
        assertTrue(wizard.progressText().contains("行銷活動"), wizard.progressText());
        assertTrue(wizard.progressText().contains("目前步驟"), wizard.progressText());
        assertEquals("下一步", browser.find(org.openqa.selenium.By.id("wizard-next")).getText());
        browser.screenshot("plan-wizard-zh-TW");

        new MyPlansPage(browser).open(base.toString());
        assertTrue(browser.find(org.openqa.selenium.By.id("my-plans-heading")).getText().contains("我的計畫"));
    }
}
