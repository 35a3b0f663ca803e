package works.incentives.it.browser;

import org.junit.jupiter.api.Test;
import works.incentives.it.browser.pages.ProgramAdminPage;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A program admin adds an activity type with two evidence requirements to the demo program's
 * catalogue in a real browser. (That the proof-of-execution checklist then asks for both is
 * shown through the services in ProgramAdminIT.)
 */
class ProgramAdminBrowserIT extends BrowserTestBase {

    @Test
    void aProgramAdminAddsAnActivityTypeWithTwoEvidenceRequirements() {
        signIn("paul");
        ProgramAdminPage program = new ProgramAdminPage(browser)
                .openProgram(base(), "Cloud Solution Provider co-op FY")
                .showCatalogue();
        assertFalse(program.catalogueShowing("Digital advertising").contains("Podcast sponsorship"));
        program.startDefiningType("PODCAST_SPONSORSHIP", "Demand generation", "Podcast sponsorship", "Podcast 贊助")
                .evidence(1, "EPISODE_RECORDING", "Recording of the episode with the partner's ad read",
                        "An MP3 link or a transcript with timestamps", "含合作夥伴廣告口播的節目錄音")
                .evidence(2, "SPONSORSHIP_CONTRACT", "The sponsorship contract naming the partner",
                        "A signed PDF", "載明合作夥伴的贊助合約")
                .save()
                .waitForDialogClosed();
        program.catalogueShowing("Podcast sponsorship", "PODCAST_SPONSORSHIP");
        browser.screenshot("admin-catalogue");
    }
}
