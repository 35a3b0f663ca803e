package works.incentives.it.container;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.notification.NotificationKind;
import works.incentives.domain.notification.NotificationService;
import works.incentives.domain.notification.NotificationTopic;
import works.incentives.domain.notification.NotificationView;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.shared.Actor;
import works.incentives.it.container.Fixtures.World;
import works.incentives.it.mail.MailServer;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications in the running application: a reviewer's decision is in the partner admin's inbox as
 * soon as it commits, and its e-mail copy reaches an SMTP server (GreenMail, started by this test in
 * the test JVM; arquillian.xml points the application's MicroProfile Config mail keys at it).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationMailIT {

    static final String ADDRESS = "it-notify-admin@partner.example";

    @Inject
    Fixtures fixtures;
    @Inject
    NotificationService notifications;

    @Test
    @Order(1)
    @RunAsClient
    void anSmtpServerListens() {
        MailServer.start();
    }

    @Test
    @Order(2)
    void aDecisionIsInThePartnerAdminsInboxWhenItCommits() {
        World w = fixtures.world(20_000);
        Actor admin = w.partnerAdmin();
        ActingAs.run(admin, () -> notifications.savePreferences(ADDRESS, EnumSet.allOf(NotificationTopic.class), admin));
        PlanView plan = fixtures.approvedPlan(w, 5_000);
        List<NotificationView> inbox = ActingAs.call(admin, () -> notifications.inbox(0, 10, admin));
        assertEquals(1, inbox.size(), "submission and review start notify nobody; the approval does");
        assertEquals(NotificationKind.PLAN_APPROVED, inbox.get(0).kind());
        assertEquals(plan.id(), inbox.get(0).subjectId());
        assertEquals(1L, (long) ActingAs.call(admin, () -> notifications.unreadCount(admin)));
    }

    @Test
    @Order(3)
    @RunAsClient
    void itsEmailCopyReachesTheSmtpServer() throws Exception {
        List<MailServer.Mail> mails = MailServer.await(ADDRESS, 1, 60_000);
        assertEquals(1, mails.size(), "one e-mail for one decision: " + mails);
        assertTrue(mails.get(0).subject().matches("Plan \"Plan [0-9a-f]{8}\" approved"), mails.get(0).subject());
        assertTrue(mails.get(0).text().contains("The reviewer approved the plan"), mails.get(0).text());
        assertTrue(mails.get(0).text().contains("http://localhost:18200/plans/"), mails.get(0).text());
    }
}
