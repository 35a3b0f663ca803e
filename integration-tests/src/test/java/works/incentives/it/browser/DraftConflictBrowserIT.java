package works.incentives.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import works.incentives.it.browser.pages.LoginPage;
import works.incentives.it.browser.pages.MyClaimsPage;
import works.incentives.it.browser.pages.ProofWizardPage;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, defect: wizard edits carry the version the user saw. Two Contoso colleagues have the
 * same draft claim open; Ann saves first. Alex's save is refused with the shared "changed by
 * someone else" sentence and his wizard shows Ann's claim at the step he is on; his next save,
 * on the fresh version, goes through. Nobody's edit is overwritten silently.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DraftConflictBrowserIT {

    @ArquillianResource
    URL base;

    private Browser ann;
    private Browser alex;

    @AfterEach
    void closeBrowsers() {
        if (ann != null) {
            ann.close();
        }
        if (alex != null) {
            alex.close();
        }
    }

    @Test
    void aColleaguesEarlierSaveIsShownInsteadOfBeingOverwritten() {
        ann = new Browser("en-US");
        new LoginPage(ann).open(base.toString()).signIn("ann", HomeBrowserIT.DEMO_PASSWORD);
        new MyClaimsPage(ann).open(base.toString()).newClaim();
        ProofWizardPage annWizard = new ProofWizardPage(ann).waitForStep("activity")
                .chooseActivity("DIGITAL_ADVERTISING").next().waitForStep("details");
        String detailsUrl = annWizard.currentUrl();
        assertTrue(detailsUrl.matches(".*/claims/\\d+/edit/details"), detailsUrl);

        alex = new Browser("en-US");
        new LoginPage(alex).open(base.toString()).signIn("alex", HomeBrowserIT.DEMO_PASSWORD);
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
        ann.open(detailsUrl);
        assertEquals("Spring ads, agreed name", new ProofWizardPage(ann).waitForStep("details").name());
    }
}
