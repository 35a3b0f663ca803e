package works.incentives.persistence;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import works.incentives.domain.account.UserAccount;
import works.incentives.domain.notification.Notification;
import works.incentives.domain.notification.NotificationKind;
import works.incentives.domain.notification.NotificationRepository.OutgoingEmail;
import works.incentives.domain.notification.NotificationService;
import works.incentives.domain.notification.NotificationTopic;
import works.incentives.domain.notification.NotificationView;
import works.incentives.domain.notification.Notifier;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Role;
import works.incentives.domain.shared.Rule;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications on a real database: written in the decision's transaction (an outbox: a rolled-back
 * decision leaves none), reminders created once per recipient, item and threshold however often the
 * job runs, each e-mail copy taken by one node only, and the user's e-mail choices respected.
 */
abstract class NotificationContract {

    abstract TestDatabase db();

    static final Actor SYSTEM = Actor.programAdmin("system");

    /** The service flow's fixtures (program, fund, plan), with the notifier wired as CDI wires it. */
    final ServiceFlowContract flow = new ServiceFlowContract() {
        @Override
        TestDatabase db() {
            return NotificationContract.this.db();
        }

        @Override
        Services services(EntityManager em) {
            Services services = super.services(em);
            services.plans().setNotifier(notifier(em));
            services.claims().setNotifier(notifier(em));
            return services;
        }
    };

    Notifier notifier(EntityManager em) {
        Notifier notifier = new Notifier(new JpaNotificationRepository(em), flow.clock);
        notifier.setMailHost(Optional.of("smtp.example.com"));
        return notifier;
    }

    <T> T notifications(Function<NotificationService, T> work) {
        return db().inTransaction(em -> work.apply(new NotificationService(new JpaNotificationRepository(em),
                new JpaUserAccountRepository(em), notifier(em), flow.clock)));
    }

    /** A partner with an admin (with an e-mail address) and a user (without), and a draft plan the user created. */
    record People(ServiceFlowContract.Setup setup, Actor admin, Actor user, PlanView plan) {
    }

    People people() {
        ServiceFlowContract.Setup setup = flow.setup(false, 50_000);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Actor admin = Actor.partnerAdmin("pa-" + tag, setup.partnerId());
        Actor user = Actor.partnerUser("pu-" + tag, setup.partnerId());
        db().run(em -> {
            UserAccount a = new UserAccount(admin.userName(), "Admin " + tag, Role.INCENTIVES_ADMIN, setup.partnerId(), "x", false);
            a.changeNotificationChoices(admin.userName() + "@example.com", Set.of());
            em.persist(a);
            em.persist(new UserAccount(user.userName(), "User " + tag, Role.INCENTIVES_USER, setup.partnerId(), "x", false));
        });
        return new People(setup, admin, user, flow.draftPlan(setup, user, 5_000));
    }

    List<NotificationView> inbox(Actor actor) {
        return notifications(n -> n.inbox(0, 50, actor));
    }

    @Test
    void aDecisionNotifiesTheCreatorAndThePartnerAdminsInItsOwnTransaction() {
        People p = people();
        flow.call(s -> s.plans().submit(p.plan().id(), p.admin()));
        flow.call(s -> s.plans().startReview(p.plan().id(), flow.rita));
        assertEquals(List.of(), inbox(p.user()), "submission and review start notify nobody");

        assertThrows(IllegalStateException.class, () -> flow.call(s -> {
            s.plans().approve(p.plan().id(), null, "fine", flow.rita);
            throw new IllegalStateException("the transaction rolls back after the decision");
        }));
        assertEquals(List.of(), inbox(p.user()), "a rolled-back decision notifies nobody");

        flow.call(s -> s.plans().approve(p.plan().id(), null, "fine", flow.rita));
        List<NotificationView> userInbox = inbox(p.user());
        assertEquals(1, userInbox.size());
        assertEquals(NotificationKind.PLAN_APPROVED, userInbox.get(0).kind());
        assertEquals(p.plan().id(), userInbox.get(0).subjectId());
        assertEquals("H1 plan", userInbox.get(0).subjectName());
        assertEquals(1, inbox(p.admin()).size(), "the partner admin too");
        assertEquals(1L, (long) notifications(n -> n.unreadCount(p.admin())));
    }

    @Test
    void aHandOverForSubmissionNotifiesTheAdminsOnlyAndNeedsACompleteDraft() {
        People p = people();
        flow.call(s -> s.plans().requestSubmission(p.plan().id(), p.user()));
        assertEquals(NotificationKind.PLAN_AWAITS_SUBMISSION, inbox(p.admin()).get(0).kind());
        assertEquals(List.of(), inbox(p.user()));
        assertThrows(DomainRuleViolation.class,
                () -> flow.call(s -> s.plans().requestSubmission(p.plan().id(), p.admin())), "admins submit themselves");
    }

    @Test
    void theInboxIsNewestFirstAndMarkingReadTouchesOnlyTheOwnNotifications() {
        People p = people();
        flow.call(s -> s.plans().requestSubmission(p.plan().id(), p.user()));
        flow.clock = Clock.offset(flow.clock, Duration.ofMinutes(5));
        flow.call(s -> s.plans().requestSubmission(p.plan().id(), p.user()));
        List<NotificationView> inbox = inbox(p.admin());
        assertEquals(2, inbox.size());
        assertTrue(inbox.get(0).createdAt().isAfter(inbox.get(1).createdAt()), "newest first");
        long first = inbox.get(0).id();
        assertEquals(Rule.NOT_FOUND, assertThrows(DomainRuleViolation.class,
                () -> notifications(n -> { n.markRead(first, p.user()); return null; })).rule(), "not someone else's");
        notifications(n -> { n.markRead(first, p.admin()); return null; });
        assertEquals(1L, (long) notifications(n -> n.unreadCount(p.admin())));
        assertEquals(1, (int) notifications(n -> n.markAllRead(p.admin())));
        assertEquals(0L, (long) notifications(n -> n.unreadCount(p.admin())));
    }

    @Test
    void remindersOfExpiringFundsAndDraftsAreCreatedOncePerThresholdHoweverOftenTheJobRuns() {
        People p = people();
        flow.clock = ServiceFlowContract.at("2027-02-21");
        long claimId = flow.completeClaim(p.plan(), p.user(), "INV-" + UUID.randomUUID(), 1_000);
        // the period's claim deadline is 2027-08-14: 30 days before is 07-15
        flow.clock = ServiceFlowContract.at("2027-07-14");
        notifications(n -> n.remind(SYSTEM));
        assertTrue(inbox(p.admin()).stream().noneMatch(v -> v.subjectId() == p.setup().allocation().id()
                && v.kind() == NotificationKind.FUNDS_EXPIRING), "31 days before: not yet");

        flow.clock = ServiceFlowContract.at("2027-07-15");
        notifications(n -> n.remind(SYSTEM));
        notifications(n -> n.remind(SYSTEM));
        List<NotificationView> funds = inbox(p.user()).stream().filter(v -> v.kind() == NotificationKind.FUNDS_EXPIRING
                && v.subjectId() == p.setup().allocation().id()).toList();
        assertEquals(1, funds.size(), "once, however often the job runs");
        assertEquals(30, funds.get(0).daysLeft());
        assertEquals(0, new BigDecimal("50000").compareTo(funds.get(0).amount()), "the money left (the draft holds none)");

        flow.clock = ServiceFlowContract.at("2027-08-10");
        notifications(n -> n.remind(SYSTEM));
        notifications(n -> n.remind(SYSTEM));
        List<NotificationView> drafts = inbox(p.user()).stream()
                .filter(v -> v.kind() == NotificationKind.DRAFT_EXPIRING && v.subjectId() == claimId).toList();
        assertEquals(1, drafts.size(), "the draft's creator, once at the 7-day threshold");
        assertEquals(4, drafts.get(0).daysLeft());
        assertEquals(2, inbox(p.user()).stream().filter(v -> v.kind() == NotificationKind.FUNDS_EXPIRING
                && v.subjectId() == p.setup().allocation().id()).count(), "the 7-day funds reminder");
    }

    @Test
    void theOnceKeyRefusesASecondNotificationOfTheSameReminder() {
        People p = people();
        Notification.Facts facts = new Notification.Facts(NotificationKind.FUNDS_EXPIRING, 1, "Fund", null, 7, null, null, null);
        String key = "test:" + UUID.randomUUID();
        db().run(em -> em.persist(new Notification(p.admin().userName(), facts, key, Instant.now(), false)));
        assertThrows(RuntimeException.class, () -> db().run(em ->
                em.persist(new Notification(p.admin().userName(), facts, key, Instant.now(), false))));
    }

    @Test
    void eMailCopiesFollowTheUsersChoicesAndEachIsTakenByOneNode() throws Exception {
        People p = people();
        String address = p.admin().userName() + "@example.com";
        notifications(n -> n.savePreferences(p.admin().userName() + "@example.com",
                EnumSet.complementOf(EnumSet.of(NotificationTopic.AWAITING_SUBMISSION)), p.admin()));
        flow.call(s -> s.plans().requestSubmission(p.plan().id(), p.user()));
        assertEquals(List.of(), takeAll("node-a", address), "the admin does not want hand-overs by e-mail");

        notifications(n -> n.savePreferences(p.admin().userName() + "@example.com",
                EnumSet.allOf(NotificationTopic.class), p.admin()));
        assertEquals(Rule.NOTIFICATION_EMAIL_INVALID, assertThrows(DomainRuleViolation.class,
                () -> notifications(n -> n.savePreferences("not an address", Set.of(), p.admin()))).rule());
        for (int i = 0; i < 3; i++) {
            flow.call(s -> s.plans().requestSubmission(p.plan().id(), p.user()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<OutgoingEmail>>> nodes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String node = "node-" + i;
            nodes.add(pool.submit(() -> {
                start.await();
                return takeAll(node, address);
            }));
        }
        start.countDown();
        List<Long> taken = new ArrayList<>();
        for (Future<List<OutgoingEmail>> node : nodes) {
            node.get().forEach(e -> taken.add(e.notification().id()));
        }
        pool.shutdown();
        assertEquals(3, taken.size(), "three copies, each taken once: " + taken);
        assertEquals(3, Set.copyOf(taken).size());
        notifications(n -> { n.emailFailed(taken.get(0), SYSTEM); n.emailSent(taken.get(1), SYSTEM); return null; });
        assertEquals(List.of(taken.get(0)), takeAll("node-a", address).stream().map(e -> e.notification().id()).toList(),
                "a failed copy is tried again; a sent one and one still being sent are not");
        flow.clock = Clock.offset(flow.clock, NotificationService.EMAIL_TAKEN_TIMEOUT.plusMinutes(1));
        assertTrue(takeAll("node-b", address).stream().anyMatch(e -> e.notification().id() == taken.get(2)),
                "a copy whose node went away is taken again");
    }

    /** What the node takes for the address (other tests' copies in the same database are taken too, and left). */
    private List<OutgoingEmail> takeAll(String node, String address) {
        return notifications(n -> n.takeEmails(node, 100, SYSTEM)).stream()
                .filter(e -> e.email().equals(address)).toList();
    }
}
