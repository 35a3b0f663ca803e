package works.incentives.domain.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores notifications and finds who gets them and what the reminder job reminds of; implemented in persistence. */
public interface NotificationRepository {

    /** Someone a notification may go to: an active user, their e-mail address (or null) and choices. */
    record Recipient(String userName, String email, String language, Set<NotificationTopic> mutedTopics) {
        /** Whether this recipient wants notifications of the topic by e-mail (they always get them in the inbox). */
        public boolean wantsEmail(NotificationTopic topic) {
            return email != null && !email.isBlank() && !mutedTopics.contains(topic);
        }
    }

    /** A draft claim whose claim deadline comes soon. */
    record DraftDue(long claimId, String name, long partnerId, LocalDate deadline) {
    }

    /** A fund with money left whose claim deadline comes soon ({@code remaining} in {@code currencyCode}). */
    record FundsDue(long allocationId, String name, long partnerId, LocalDate deadline, BigDecimal remaining,
                    String currencyCode) {
    }

    /** A notification whose e-mail copy this node took, with what the e-mail needs of its recipient. */
    record OutgoingEmail(NotificationView notification, String email, String language) {
    }

    Notification save(Notification notification);

    boolean exists(String onceKey);

    Optional<Notification> findById(long id);

    /** The active users of a partner organization; only its incentives admins when {@code adminsOnly}. */
    List<Recipient> partnerPeople(long partnerId, boolean adminsOnly);

    /** The active user of that name. */
    Optional<Recipient> recipient(String userName);

    /** Who created the plan or claim (its history's CREATED entry). */
    Optional<String> creatorOf(Notification.Subject subject, long subjectId);

    /** A page of the user's notifications, newest first. */
    List<Notification> inbox(String recipient, int offset, int limit);

    long count(String recipient);

    long countUnread(String recipient);

    /** Marks every unread notification of the user read; how many changed. */
    int markAllRead(String recipient, Instant at);

    /** Draft claims whose claim deadline falls between the two days (both included), by claim id. */
    List<DraftDue> draftsDue(LocalDate from, LocalDate to);

    /** Funds with money left whose period's claim deadline falls between the two days (both included). */
    List<FundsDue> fundsDue(LocalDate from, LocalDate to);

    /**
     * Takes up to {@code limit} e-mail copies waiting to be sent (or taken by a node before
     * {@code staleBefore} and never finished) for this node: each is taken by one node only (a
     * conditional update), committed before the caller sends it.
     */
    List<OutgoingEmail> takeEmails(String node, Instant now, Instant staleBefore, int limit);

    /** The e-mail copy went out. */
    void emailSent(long notificationId);

    /** Sending failed: try again later, or give up after {@code maxAttempts}. */
    void emailFailed(long notificationId, int maxAttempts);
}
