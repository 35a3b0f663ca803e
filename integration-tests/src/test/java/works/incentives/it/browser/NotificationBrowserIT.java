package works.incentives.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import works.incentives.it.browser.pages.HomePage;
import works.incentives.it.browser.pages.InboxPage;
import works.incentives.it.browser.pages.PlanPage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inbox after a decision, in Chromium: the demo data's reviewer approved Contoso's plan, so its
 * partner admin's badge counts it; the inbox says so, opening the entry shows the plan and the badge
 * counts one less; "Mark all as read" empties it.
 */
class NotificationBrowserIT extends BrowserTestBase {

    static final String APPROVED = "Plan \"Secure cloud adoption\" approved";

    @Test
    void aPartnerAdminFindsTheDecisionOnTheirPlanInTheInboxAndOpensThePlan() {
        signIn("ann");
        new HomePage(browser).open(base());
        InboxPage inbox = new InboxPage(browser);
        int unread = inbox.unreadCount();
        assertTrue(unread >= 1, "the approval is unread: " + unread);

        inbox.openFromBadge();
        assertTrue(inbox.titles().contains(APPROVED), () -> "inbox: " + inbox.titles());
        browser.screenshot("inbox-en");
        inbox.open(APPROVED);
        new PlanPage(browser).waitUntilShown();
        assertEquals("Secure cloud adoption", browser.find(By.id("plan-detail-heading")).getText());
        assertEquals(unread - 1, inbox.unreadCount(), "the badge counts one less");

        inbox.openFromBadge().markAllRead();
        browser.waitUntil("the badge still counts", d -> inbox.unreadCount() == 0);
    }
}
