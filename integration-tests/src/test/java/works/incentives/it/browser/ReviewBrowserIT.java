package works.incentives.it.browser;

import org.junit.jupiter.api.Test;
import works.incentives.it.browser.pages.ClaimPage;
import works.incentives.it.browser.pages.ReviewItemPage;
import works.incentives.it.browser.pages.ReviewQueuePage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Review in real browsers on the demo data: rita approves Fabrikam's submitted plan; rita asks
 * Contoso for action on its submitted claim with a comment pinned to a document, ann (a separate
 * session) sees the feedback on that document and answers, and rita approves and marks it paid.
 */
class ReviewBrowserIT extends BrowserTestBase {

    private static final String FABRIKAM = "Fabrikam Solutions";
    private static final String CONTOSO = "Contoso Cloud Services";

    @Test
    void ritaApprovesFabrikamsSubmittedPlan() {
        signIn("rita");
        ReviewQueuePage queue = ReviewQueuePage.plans(browser, base()).filterByPartner(FABRIKAM);
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
        signIn("rita");
        ReviewQueuePage.claims(browser, base()).filterByPartner(CONTOSO).open("LinkedIn ads, first wave");
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
        try (Browser partner = browserSignedIn("ann", "en-US")) {
            ClaimPage page = new ClaimPage(partner).open(base(), claimId);
            assertEquals("ACTION_REQUIRED", page.status());
            assertTrue(page.feedbackText().contains("The screenshot does not show the partner brand"), page.feedbackText());
            assertTrue(page.documentsText().contains("The screenshot does not show the partner brand"),
                    () -> "the feedback is not shown on the document: " + page.documentsText());
            page.answer("The brand is in the top banner; a full-size screenshot is attached to the campaign file.")
                    .waitForStatus("SUBMITTED");
        }

        // rita sees the answer, approves and records the payment
        browser.open(base() + "review/claims/" + claimId);
        ReviewItemPage again = ReviewItemPage.claim(browser);
        assertEquals("SUBMITTED", again.status());
        again.startReview().waitForStatus("UNDER_REVIEW");
        again.approve().comment("Brand confirmed").confirm();
        again.waitForStatus("APPROVED");
        again.markPaid().reference("PAY-DEMO-001").confirm();
        again.waitForStatus("PAID");
    }
}
