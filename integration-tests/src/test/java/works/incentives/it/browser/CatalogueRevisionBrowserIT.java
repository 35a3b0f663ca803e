package works.incentives.it.browser;

import org.junit.jupiter.api.Test;
import works.incentives.it.browser.pages.AllocationsPage;
import works.incentives.it.browser.pages.PlanPage;
import works.incentives.it.browser.pages.PlanWizardPage;
import works.incentives.it.browser.pages.ProgramAdminPage;
import works.incentives.it.browser.pages.ReviewItemPage;
import works.incentives.it.browser.pages.ReviewQueuePage;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, item 6, in a real browser on the demo data: paul (program admin) gives "Customer
 * seminars and bootcamps" a cap per usage period. Contoso's plan, approved before with a seminar,
 * keeps the rules it was checked against on the reviewer's page (catalogue revision 1, no cap);
 * a plan Fabrikam files afterwards for a fund paul allocates here gets the new cap in the wizard
 * and on its review page (catalogue revision 2).
 */
class CatalogueRevisionBrowserIT extends BrowserTestBase {

    private static final String PROGRAM = "Cloud Solution Provider co-op FY";
    private static final String SEMINARS = "Customer seminars and bootcamps";
    private static final String NEW_CAP = "$40,000.00";
    private static final String TITLE = "Partner bootcamps after the cap";

    @Test
    void anEditedCapAppliesToNewPlansWhileAPlanCheckedBeforeKeepsItsRules() {
        NextPeriod next = NextPeriod.of(LocalDate.now());

        // 1. paul caps the seminars and gives Fabrikam a fund in the next period
        signIn("paul");
        ProgramAdminPage program = new ProgramAdminPage(browser).openProgram(base(), PROGRAM).showCatalogue();
        program.editType("SEMINARS_BOOTCAMPS").perPeriodCap("40000").save().waitForDialogClosed();
        // the approved Contoso plan was checked against revision 1, so the edit is revision 2, dated today
        String revised = "2 · " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.US).format(LocalDate.now(ZoneOffset.UTC));
        program.catalogueShowing("40,000", revised);
        browser.screenshot("admin-catalogue-revision");
        new AllocationsPage(browser).open(base()).choose(PROGRAM, next.name())
                .allocate("Fabrikam Solutions", "25000");

        // 2. a new plan gets the new cap where the partner picks the type, and is checked against it
        signIn("bob");
        PlanWizardPage wizard = new PlanWizardPage(browser).openNew(base()).chooseFund(next.name());
        wizard.next().waitForStep("basics");
        wizard.fillBasics(TITLE, "Train 60 customers on hybrid work").next().waitForStep("campaigns");
        wizard.fillNewCampaign("Bootcamps", "Hands-on days", next.usageStart().plusDays(10).format(US_DATE),
                next.usageStart().plusDays(40).format(US_DATE)).saveCampaign();
        wizard.next().waitForStep("activities");
        wizard.fillNewActivity(0, SEMINARS + " · Market development", "Taiwan (TW)", "6000",
                Map.of("REGISTERED_GUESTS", "60"), "Two bootcamps in Taipei");
        assertTrue(wizard.typeRulesText().contains(NEW_CAP), wizard.typeRulesText());
        wizard.saveActivity();
        wizard.next().waitForStep("review");
        wizard.submit();
        new PlanPage(browser).waitUntilShown();

        // 3. the reviewer: the plan approved before keeps the rules it was checked against, the new one has the new cap
        signIn("rita");
        ReviewQueuePage.plans(browser, base()).filterByPartner("Contoso Cloud Services")
                .showStatus("APPROVED").open("Secure cloud adoption");
        String before = ReviewItemPage.plan(browser).catalogueRulesOf(SEMINARS);
        assertTrue(before.startsWith("Catalogue revision 1"), before);
        assertFalse(before.contains(NEW_CAP), before);

        ReviewQueuePage.plans(browser, base()).filterByPartner("Fabrikam Solutions").open(TITLE);
        String after = ReviewItemPage.plan(browser).catalogueRulesOf(SEMINARS);
        assertTrue(after.startsWith("Catalogue revision 2, changed"), after);
        assertTrue(after.contains(NEW_CAP), after);
        browser.screenshot("review-plan-catalogue-revision");
    }
}
