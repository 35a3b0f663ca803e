package works.incentives.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import works.incentives.it.browser.pages.LoginPage;
import works.incentives.it.browser.pages.ProgramAdminPage;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A program admin adds an activity type with two evidence requirements to the demo program's
 * catalogue in a real browser. (That the proof-of-execution checklist then asks for both is
 * shown through the services in ProgramAdminIT.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgramAdminBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void aProgramAdminAddsAnActivityTypeWithTwoEvidenceRequirements() {
        try (Browser browser = new Browser("en-US")) {
            new LoginPage(browser).open(base.toString()).signIn("paul", HomeBrowserIT.DEMO_PASSWORD);
            ProgramAdminPage program = new ProgramAdminPage(browser)
                    .openProgram(base.toString(), "Cloud Solution Provider co-op FY")
                    .showCatalogue();
            assertFalse(program.catalogueText().contains("Podcast sponsorship"));
            program.startDefiningType("PODCAST_SPONSORSHIP", "Demand generation", "Podcast sponsorship", "Podcast 贊助")
                    .evidence(1, "EPISODE_RECORDING", "Recording of the episode with the partner's ad read",
                            "An MP3 link or a transcript with timestamps", "含合作夥伴廣告口播的節目錄音")
                    .evidence(2, "SPONSORSHIP_CONTRACT", "The sponsorship contract naming the partner",
                            "A signed PDF", "載明合作夥伴的贊助合約")
                    .save()
                    .waitForDialogClosed();
            assertTrue(program.catalogueText().contains("Podcast sponsorship"), program.catalogueText());
            browser.screenshot("admin-catalogue");
        }
    }
}
