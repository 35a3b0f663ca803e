package works.incentives.domain.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import works.incentives.domain.access.AllowedRoles;
import works.incentives.domain.account.UserAccount;
import works.incentives.domain.account.UserAccountRepository;
import works.incentives.domain.notification.NotificationRepository.DraftDue;
import works.incentives.domain.notification.NotificationRepository.FundsDue;
import works.incentives.domain.notification.NotificationRepository.OutgoingEmail;
import works.incentives.domain.notification.NotificationRepository.Recipient;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Permissions;
import works.incentives.domain.shared.Role;
import works.incentives.domain.shared.Rule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The inbox (a user's own notifications only), the user's choices (e-mail address, which topics by
 * e-mail, language), the daily reminders of deadlines and the e-mail copies' hand-out to the mail
 * relay. The last two run as the system program admin, as the claim expiry does.
 */
@ApplicationScoped
@Transactional
@AllowedRoles({Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN, Role.REVIEWER})
public class NotificationService {

    /** Drafts are reminded of 7 days and 1 day before their claim deadline. */
    public static final List<Integer> DRAFT_THRESHOLDS = List.of(1, 7);

    /** Funds with money left are reminded of 30, 7 and 1 days before the period's claim deadline. */
    public static final List<Integer> FUNDS_THRESHOLDS = List.of(1, 7, 30);

    /** E-mail copies are tried this many times. */
    public static final int MAX_EMAIL_ATTEMPTS = 5;

    /** A copy taken by a node that has not finished it after this long is taken again (the node died). */
    public static final Duration EMAIL_TAKEN_TIMEOUT = Duration.ofMinutes(10);

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private NotificationRepository notifications;
    private UserAccountRepository accounts;
    private Notifier notifier;
    private Clock clock;

    protected NotificationService() {
        // for CDI proxies
    }

    @Inject
    public NotificationService(NotificationRepository notifications, UserAccountRepository accounts, Notifier notifier,
                               Clock clock) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** A page of the caller's own notifications, newest first. */
    public List<NotificationView> inbox(int offset, int limit, Actor actor) {
        return notifications.inbox(actor.userName(), offset, limit).stream().map(NotificationView::of).toList();
    }

    public long count(Actor actor) {
        return notifications.count(actor.userName());
    }

    /** What the navigation's badge shows. */
    public long unreadCount(Actor actor) {
        return notifications.countUnread(actor.userName());
    }

    /** Marks one of the caller's notifications read; someone else's is "not found". */
    public void markRead(long notificationId, Actor actor) {
        Notification notification = notifications.findById(notificationId)
                .filter(n -> n.getRecipient().equals(actor.userName()))
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "notification", notificationId));
        notification.markRead(clock.instant());
        notifications.save(notification);
    }

    public int markAllRead(Actor actor) {
        return notifications.markAllRead(actor.userName(), clock.instant());
    }

    /** The caller's choices: where e-mail goes and which topics come by e-mail. */
    public record Preferences(String email, Set<NotificationTopic> byEmail, boolean mailOn) {
    }

    public Preferences preferences(Actor actor) {
        UserAccount account = account(actor);
        Set<NotificationTopic> byEmail = EnumSet.allOf(NotificationTopic.class);
        byEmail.removeAll(NotificationTopic.parse(account.getEmailMutedTopics()));
        return new Preferences(account.getEmail(), byEmail, notifier.isMailOn());
    }

    /** Saves the caller's e-mail address (blank: none, inbox only) and the topics wanted by e-mail. */
    public Preferences savePreferences(String email, Set<NotificationTopic> byEmail, Actor actor) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            throw new DomainRuleViolation(Rule.NOTIFICATION_EMAIL_INVALID, address);
        }
        UserAccount account = account(actor);
        Set<NotificationTopic> muted = EnumSet.allOf(NotificationTopic.class);
        muted.removeAll(byEmail);
        account.changeNotificationChoices(address, muted.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
        accounts.save(account);
        return preferences(actor);
    }

    /** The language the caller last chose in the UI (a language tag), if any. */
    public Optional<String> preferredLanguage(Actor actor) {
        return Optional.ofNullable(account(actor).getPreferredLanguage());
    }

    /** Remembers the language the caller chose in the UI, for the texts of e-mails sent to them. */
    public void rememberLanguage(String languageTag, Actor actor) {
        UserAccount account = account(actor);
        if (!java.util.Objects.equals(account.getPreferredLanguage(), languageTag)) {
            account.choosePreferredLanguage(languageTag);
            accounts.save(account);
        }
    }

    private UserAccount account(Actor actor) {
        return accounts.findByUserName(actor.userName())
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "user", actor.userName()));
    }

    /**
     * The daily reminders (system program admin): draft claims whose claim deadline is 7 days or 1 day
     * away, funds with money left 30, 7 or 1 days before their claim deadline. Each reminder is
     * created once per recipient, item and threshold, so running again (a retried run, a second node)
     * adds nothing; a run missed for a few days still reminds at the threshold the item is now within.
     * Returns how many notifications were created.
     */
    public int remind(Actor system) {
        Permissions.require(system, "sendReminders", Permissions.PROGRAM_ADMIN);
        LocalDate today = LocalDate.now(clock);
        int created = 0;
        for (DraftDue draft : notifications.draftsDue(today, today.plusDays(max(DRAFT_THRESHOLDS)))) {
            int days = (int) ChronoUnit.DAYS.between(today, draft.deadline());
            int threshold = threshold(days, DRAFT_THRESHOLDS).orElseThrow();
            Notification.Facts facts = new Notification.Facts(NotificationKind.DRAFT_EXPIRING, draft.claimId(),
                    draft.name(), draft.deadline(), days, null, null, null);
            created += remind(facts, draft.partnerId(), threshold);
        }
        for (FundsDue funds : notifications.fundsDue(today, today.plusDays(max(FUNDS_THRESHOLDS)))) {
            int days = (int) ChronoUnit.DAYS.between(today, funds.deadline());
            int threshold = threshold(days, FUNDS_THRESHOLDS).orElseThrow();
            Notification.Facts facts = new Notification.Facts(NotificationKind.FUNDS_EXPIRING, funds.allocationId(),
                    funds.name(), funds.deadline(), days, funds.remaining(), funds.currencyCode(), null);
            created += remind(facts, funds.partnerId(), threshold);
        }
        return created;
    }

    private int remind(Notification.Facts facts, long partnerId, int threshold) {
        int created = 0;
        for (Recipient recipient : notifier.recipients(facts.kind(), facts.kind().subject(), facts.subjectId(), partnerId)) {
            created += notifier.remindOnce(recipient, facts, threshold) ? 1 : 0;
        }
        return created;
    }

    /** The threshold a deadline {@code days} away falls under: the smallest one not below it (none when past or further). */
    static Optional<Integer> threshold(int days, List<Integer> ascending) {
        return days < 0 ? Optional.empty() : ascending.stream().filter(t -> days <= t).findFirst();
    }

    private static int max(List<Integer> ascending) {
        return ascending.get(ascending.size() - 1);
    }

    /** E-mail copies for this node to send (system program admin); see {@link NotificationRepository#takeEmails}. */
    public List<OutgoingEmail> takeEmails(String node, int limit, Actor system) {
        Permissions.require(system, "sendEmails", Permissions.PROGRAM_ADMIN);
        Instant now = clock.instant();
        return notifications.takeEmails(node, now, now.minus(EMAIL_TAKEN_TIMEOUT), limit);
    }

    public void emailSent(long notificationId, Actor system) {
        Permissions.require(system, "sendEmails", Permissions.PROGRAM_ADMIN);
        notifications.emailSent(notificationId);
    }

    public void emailFailed(long notificationId, Actor system) {
        Permissions.require(system, "sendEmails", Permissions.PROGRAM_ADMIN);
        notifications.emailFailed(notificationId, MAX_EMAIL_ATTEMPTS);
    }
}
