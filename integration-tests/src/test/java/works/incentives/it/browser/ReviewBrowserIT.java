package works.incentives.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import works.incentives.it.browser.pages.ClaimPage;
import works.incentives.it.browser.pages.LoginPage;
import works.incentives.it.browser.pages.ReviewItemPage;
import works.incentives.it.browser.pages.ReviewQueuePage;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Review in real browsers on the demo data: rita approves Fabrikam's submitted plan; rita asks
 * Contoso for action on its submitted claim with a comment pinned to a document, ann (a separate
 * session) sees the feedback on that document and answers, and rita approves and marks it paid.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewBrowserIT {

    static final String FABRIKAM = "Fabrikam Solutions";
    static final String CONTOSO = "Contoso Cloud Services";

    @ArquillianResource
    URL base;

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser("en-US");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    private void signInAsRita() {
        browser.driver().manage().deleteAllCookies();
        new LoginPage(browser).open(base.toString()).signIn("rita", HomeBrowserIT.DEMO_PASSWORD);
    }

    @Test
    void ritaApprovesFabrikamsSubmittedPlan() {
        signInAsRita();
        ReviewQueuePage queue = ReviewQueuePage.plans(browser, base.toString()).filterByPartner(FABRIKAM);
        assertTrue(queue.openCount() >= 1, "Fabrikam's plan waits for review");
        queue.open("Hybrid work launch");
        ReviewItemPage plan = ReviewItemPage.plan(browser);
        assertEquals("SUBMITTED", plan.status());
        plan.startReview().waitForStatus("UNDER_REVIEW");
        plan.approve().limit("8000").comment("Approved for the roadshow").confirm();
        plan.waitForStatus("APPROVED");
        assertTrue(plan.latestHistoryEntry().contains("rita"), plan.latestHistoryEntry());
        assertTrue(plan.latestHistoryEntry().contains("approved"), plan.latestHistoryEntry());
    }

    @Test
    void aClaimGoesFromActionRequiredThroughThePartnersAnswerToPayment() {
        signInAsRita();
        ReviewQueuePage.claims(browser, base.toString()).filterByPartner(CONTOSO).open("LinkedIn ads, first wave");
        ReviewItemPage claim = ReviewItemPage.claim(browser);
        assertTrue(claim.showsDocument("ad-screenshot.png"));
        if ("SUBMITTED".equals(claim.status())) {
            claim.startReview().waitForStatus("UNDER_REVIEW");
        }
        claim.requestAction().concerning("ad-screenshot.png")
                .comment("The screenshot does not show the partner brand").confirm();
        claim.waitForStatus("ACTION_REQUIRED");
        browser.screenshot("review-claim");
        String latest = claim.latestHistoryEntry();
        assertTrue(latest.contains("ad-screenshot.png"), "the feedback names the document: " + latest);
        assertTrue(latest.contains("The screenshot does not show the partner brand"), latest);

        // ann, in her own browser, sees the feedback on the document and answers
        long claimId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/review/claims/(\\d+).*", "$1"));
        try (Browser partner = new Browser("en-US")) {
            new LoginPage(partner).open(base.toString()).signIn("ann", HomeBrowserIT.DEMO_PASSWORD);
            ClaimPage page = new ClaimPage(partner).open(base.toString(), claimId);
            assertEquals("ACTION_REQUIRED", page.status());
            assertTrue(page.feedbackText().contains("The screenshot does not show the partner brand"), page.feedbackText());
            assertTrue(page.documentsText().contains("The screenshot does not show the partner brand"),
                    () -> "the feedback is not shown on the document: " + page.documentsText());
            page.answer("The brand is in the top banner; a full-size screenshot is attached to the campaign file.")
                    .waitForStatus("SUBMITTED");
        }

        // rita sees the answer, approves and records the payment
        browser.open(base.toString() + "review/claims/" + claimId);
        ReviewItemPage again = ReviewItemPage.claim(browser);
        assertEquals("SUBMITTED", again.status());
        again.startReview().waitForStatus("UNDER_REVIEW");
        again.approve().comment("Brand confirmed").confirm();
        again.waitForStatus("APPROVED");
        again.markPaid().reference("PAY-DEMO-001").confirm();
        again.waitForStatus("PAID");
    }
}
