package works.incentives.it.browser;

import org.junit.jupiter.api.Test;
import works.incentives.it.browser.pages.MyClaimsPage;
import works.incentives.it.browser.pages.ProofWizardPage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, defect: wizard edits carry the version the user saw. Two Contoso colleagues have the
 * same draft claim open; Ann saves first. Alex's save is refused with the shared "changed by
 * someone else" sentence and his wizard shows Ann's claim at the step he is on; his next save,
 * on the fresh version, goes through. Nobody's edit is overwritten silently.
 */
class DraftConflictBrowserIT extends BrowserTestBase {

    @Test
    void aColleaguesEarlierSaveIsShownInsteadOfBeingOverwritten() {
        signIn("ann");
        Browser ann = browser;
        new MyClaimsPage(ann).open(base()).newClaim();
        ProofWizardPage annWizard = new ProofWizardPage(ann).waitForStep("activity")
                .chooseActivity("DIGITAL_ADVERTISING").next().waitForStep("details");
        String detailsUrl = annWizard.currentUrl();
        assertTrue(detailsUrl.matches(".*/claims/\\d+/edit/details"), detailsUrl);

        try (Browser alex = browserSignedIn("alex", "en-US")) {
            alex.open(detailsUrl);
            ProofWizardPage alexWizard = new ProofWizardPage(alex).waitForStep("details");

            annWizard.setName("Spring ads, named by Ann").next().waitForStep("costs");

            alexWizard.setName("Spring ads, named by Alex").next();
            assertTrue(alexWizard.notificationText().contains("This was changed by someone else in the meantime"),
                    alexWizard.notificationText());
            alexWizard.waitForStep("details");
            assertEquals(detailsUrl, alexWizard.currentUrl(), "Alex stays on the step he was on");
            assertEquals("Spring ads, named by Ann", alexWizard.name(), "Alex sees Ann's change, not his own");
            alex.screenshot("draft-conflict");

            alexWizard.setName("Spring ads, agreed name").next().waitForStep("costs");
        }
        ann.open(detailsUrl);
        assertEquals("Spring ads, agreed name", new ProofWizardPage(ann).waitForStep("details").name());
    }
}
