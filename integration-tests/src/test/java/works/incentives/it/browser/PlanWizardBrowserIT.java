package works.incentives.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import works.incentives.it.browser.pages.HomePage;
import works.incentives.it.browser.pages.MyPlansPage;
import works.incentives.it.browser.pages.PlanPage;
import works.incentives.it.browser.pages.PlanWizardPage;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner admin plans Contoso's fund of the next period (the demo gives it no plan) through
 * every step in a real Chromium, in Traditional Chinese (issue 15: the whole walk, the date picker's
 * calendar and its message for a date typed in another pattern): validation next to the fields, a
 * session that ends mid-wizard and a resumed draft with nothing lost, submission.
 */
class PlanWizardBrowserIT extends BrowserTestBase {

    static final String TITLE = "Next half cloud launch";

    @Test
    void aPartnerAdminPlansInTraditionalChineseResumesAfterClosingTheBrowserAndSubmits() {
        NextPeriod period = NextPeriod.of(LocalDate.now());
        String in = period.usageStart().plusDays(10).format(ZH_DATE);

        // 1. program and fund, after switching the session to Traditional Chinese
        signIn("ann");
        PlanWizardPage wizard = new PlanWizardPage(browser).openNew(base());
        new HomePage(browser).switchLanguage("繁體中文");
        wizard.waitForStep("fund");
        browser.waitForText(By.id("wizard-step-title"), "方案與資金");
        assertTrue(wizard.helpText().startsWith("請選擇此計畫要使用的方案與資金"), wizard.helpText());
        assertTrue(wizard.progressText().contains("計畫基本資料") && wizard.progressText().contains("行銷活動")
                && wizard.progressText().contains("目前步驟"), wizard.progressText());
        assertEquals("下一步", browser.find(By.id("wizard-next")).getText());
        assertTrue(wizard.helpLinkTargets().stream().allMatch(java.util.Objects::isNull), "Learn more opens no new tab");
        String urlBefore = wizard.currentUrl();
        assertTrue(wizard.openFirstGuidanceInDrawer().endsWith("/guidance/creating-your-plan#program-and-fund"),
                "the drawer keeps the article's own address");
        assertEquals(urlBefore, wizard.currentUrl(), "the guidance opens beside the step");
        wizard.closeGuidanceDrawer();
        wizard.chooseFund(period.name());
        assertTrue(wizard.fundFacts().contains("US$30,000.00"), wizard.fundFacts());
        assertTrue(wizard.fundFacts().matches("(?s).*剩 \\d+ 天.*"), wizard.fundFacts());
        browser.screenshot("plan-wizard-zh-TW");
        wizard.next().waitForStep("basics");
        assertTrue(wizard.currentUrl().matches(".*/plans/\\d+/edit/basics"), wizard.currentUrl());

        // 2. basics
        wizard.fillBasics(TITLE, "Win 30 new Azure customers in Taiwan").next().waitForStep("campaigns");

        // 3. campaigns: the calendar speaks Chinese; a US-style date gets a message; a date outside the usage period too
        wizard.fillNewCampaign("Cloud webinars", "Leads from mid-size companies",
                period.usageStart().minusDays(5).format(ZH_DATE), period.usageStart().plusDays(40).format(ZH_DATE));
        String calendar = wizard.calendarText("campaign-start", "今天");
        assertTrue(calendar.contains("取消") && calendar.contains("年") && calendar.contains(" 日 一 二 三 四 五 六"),
                calendar);
        assertFalse(calendar.contains("Today") || calendar.contains("January") || calendar.contains("Sun"), calendar);
        assertTrue(wizard.usagePeriodText().startsWith("使用期間："), wizard.usagePeriodText());
        wizard.saveCampaign();
        assertTrue(wizard.campaignStartError().contains("使用期間"), wizard.campaignStartError());
        wizard.typeDateInto("campaign-start", period.usageStart().plusDays(10).format(US_DATE));
        assertTrue(wizard.errorBelow("campaign-start").startsWith("請依「年/月/日」格式輸入日期"),
                wizard.errorBelow("campaign-start"));
        wizard.setCampaignStart(in).saveCampaign();
        wizard.fillNewCampaign("Partner roadshow", "Demos at customer sites",
                period.usageStart().plusDays(30).format(ZH_DATE), period.usageStart().plusDays(90).format(ZH_DATE))
                .saveCampaign();
        assertEquals(2, wizard.campaignCount());
        wizard.next().waitForStep("activities");

        // 4. activities: an amount above the fund is refused next to the field
        wizard.fillNewActivity(0, "數位廣告 · 需求開發", "台灣 (TW)", "30001",
                Map.of("CLICK_THROUGH_SUMMARY", "1.8% CTR"), "LinkedIn and Google Ads");
        assertTrue(wizard.typeRulesText().contains("廣告截圖"), wizard.typeRulesText());
        assertTrue(wizard.budgetWarningShown(), () -> "the running total warns while the typed amount is over the fund: " + wizard.budgetText());
        wizard.saveActivity();
        assertTrue(wizard.activityAmountError().contains("超過資金可供此活動使用的餘額"), wizard.activityAmountError());
        wizard.setActivityAmount("12000").saveActivity();
        wizard.fillNewActivity(0, "客戶研討會與訓練營 · 市場開發", "台灣 (TW)", "8000",
                Map.of("REGISTERED_GUESTS", "120"), "Half-day bootcamp in Taipei").saveActivity();
        assertEquals(2, wizard.activityCount(0), () -> "invalid fields: " + browser.script(
                "return Array.from(document.querySelectorAll('[invalid]')).map(e => e.id + ': ' + e.errorMessage + ' [' + e.value + ']').join('; ');"));
        assertTrue(wizard.budgetText().startsWith("已規劃 US$20,000.00，資金可用額度為 US$30,000.00"), wizard.budgetText());
        browser.script("window.scrollTo(0, 0); document.querySelectorAll('*').forEach(e => { if (e.scrollTop) e.scrollTop = 0; });");
        browser.screenshot("plan-wizard-activities-zh-TW");

        // the session ends mid-wizard (the browser is closed): nothing typed and saved may be lost
        signInAfresh("ann");
        new HomePage(browser).switchLanguage("繁體中文");
        PlanWizardPage resumed = new PlanWizardPage(browser);
        MyPlansPage plans = new MyPlansPage(browser).open(base());
        assertTrue(plans.draftsText().contains(TITLE), plans.draftsText());
        plans.resume(TITLE);
        resumed.waitForStep("activities");
        assertTrue(resumed.currentUrl().endsWith("/edit/activities"), resumed.currentUrl());
        assertEquals("活動", resumed.stepTitle());
        assertEquals(2, resumed.activityCount(0));
        assertTrue(resumed.activityText(0, 0).contains("數位廣告"), resumed.activityText(0, 0));
        assertTrue(resumed.budgetText().startsWith("已規劃 US$20,000.00"), resumed.budgetText());

        resumed.fillNewActivity(1, "商展與展覽 · 市場開發", "台灣 (TW)", "6000",
                Map.of("BOOTH_VISITORS", "400"), "Booth at Computex").saveActivity();
        resumed.back().waitForStep("campaigns");
        assertEquals(2, resumed.campaignCount());
        resumed.next().waitForStep("activities");
        resumed.next().waitForStep("review");

        // 5. review and submit
        assertTrue(resumed.problemsSummary().startsWith("沒有需要修正的項目"), resumed.problemsSummary());
        assertTrue(resumed.summaryText().contains("Partner roadshow"), resumed.summaryText());
        resumed.submit();
        PlanPage plan = new PlanPage(browser).waitUntilShown();
        assertEquals("狀態：已提交", plan.status());
        assertFalse(plan.editable(), "a submitted plan is read-only");
        browser.screenshot("plan-submitted");

        new MyPlansPage(browser).open(base());
        assertTrue(browser.find(By.id("my-plans-heading")).getText().contains("我的計畫"));
        // what a screen reader hears is Chinese too: the navigation toggle and the grid's sort buttons
        assertEquals("切換導覽面板", browser.find(By.tagName("vaadin-drawer-toggle")).getDomAttribute("aria-label"));
        browser.waitUntil("the sort buttons are labelled in Chinese", d -> String.valueOf(browser.script(
                "return Array.from(document.querySelectorAll('vaadin-grid-sorter')).map(s => s.getAttribute('aria-label')).join('|');"))
                .contains("依提交日期排序"));
        signOutByForgetting(); // the session speaks Chinese now: no other test may inherit it
    }
}
