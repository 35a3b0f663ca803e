package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import works.incentives.domain.account.UserAccount;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.fund.FundAllocation;
import works.incentives.domain.notification.Notification;
import works.incentives.domain.notification.NotificationRepository;
import works.incentives.domain.notification.NotificationTopic;
import works.incentives.domain.notification.NotificationView;
import works.incentives.domain.program.FundingPeriod;
import works.incentives.domain.shared.Role;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Notifications in {@code user_notification}. E-mail copies are handed out by conditional updates
 * (as {@link JpaScheduledJobs} hands out job runs): of the nodes asking at once for the same waiting
 * copy, one update changes its row and that node sends it.
 */
@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "incentives")
    private EntityManager em;

    public JpaNotificationRepository() {
        // for CDI
    }

    JpaNotificationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Notification save(Notification notification) {
        if (notification.getId() == null) {
            em.persist(notification);
            return notification;
        }
        return em.merge(notification);
    }

    @Override
    public boolean exists(String onceKey) {
        return !em.createQuery("select n.id from Notification n where n.onceKey = :key", Long.class)
                .setParameter("key", onceKey).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Optional<Notification> findById(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public List<Recipient> partnerPeople(long partnerId, boolean adminsOnly) {
        var query = em.createQuery("select u from UserAccount u where u.partnerId = :partner and u.active = true"
                + (adminsOnly ? " and u.role = :admin" : "") + " order by u.userName", UserAccount.class)
                .setParameter("partner", partnerId);
        if (adminsOnly) {
            query.setParameter("admin", Role.INCENTIVES_ADMIN);
        }
        return query.getResultList().stream().map(JpaNotificationRepository::recipient).toList();
    }

    @Override
    public Optional<Recipient> recipient(String userName) {
        return em.createQuery("select u from UserAccount u where u.userName = :name and u.active = true", UserAccount.class)
                .setParameter("name", userName).getResultStream().findFirst().map(JpaNotificationRepository::recipient);
    }

    private static Recipient recipient(UserAccount account) {
        return new Recipient(account.getUserName(), account.getEmail(), account.getPreferredLanguage(),
                NotificationTopic.parse(account.getEmailMutedTopics()));
    }

    @Override
    public Optional<String> creatorOf(Notification.Subject subject, long subjectId) {
        return em.createQuery("select h.actorName from HistoryEntry h where h.subjectType = :type"
                        + " and h.subjectId = :id and h.action = 'CREATED' order by h.id", String.class)
                .setParameter("type", subject.name()).setParameter("id", subjectId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Notification> inbox(String recipient, int offset, int limit) {
        return em.createQuery("select n from Notification n where n.recipient = :r order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("r", recipient).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String recipient) {
        return em.createQuery("select count(n) from Notification n where n.recipient = :r", Long.class)
                .setParameter("r", recipient).getSingleResult();
    }

    @Override
    public long countUnread(String recipient) {
        return em.createQuery("select count(n) from Notification n where n.recipient = :r and n.readAt is null",
                Long.class).setParameter("r", recipient).getSingleResult();
    }

    @Override
    public int markAllRead(String recipient, Instant at) {
        return em.createNativeQuery("UPDATE user_notification SET read_at = ?, version = version + 1"
                        + " WHERE recipient = ? AND read_at IS NULL")
                .setParameter(1, utc(at)).setParameter(2, recipient).executeUpdate();
    }

    @Override
    public List<DraftDue> draftsDue(LocalDate from, LocalDate to) {
        return em.createQuery("select c.id, c.name, c.partnerId, c.claimDeadline from Claim c where c.status = :draft"
                        + " and c.claimDeadline between :from and :to order by c.id", Object[].class)
                .setParameter("draft", ClaimStatus.DRAFT).setParameter("from", from).setParameter("to", to)
                .getResultList().stream()
                .map(r -> new DraftDue((Long) r[0], (String) r[1], (Long) r[2], (LocalDate) r[3])).toList();
    }

    @Override
    public List<FundsDue> fundsDue(LocalDate from, LocalDate to) {
        List<FundsDue> due = new ArrayList<>();
        for (Object[] row : em.createQuery("select a, p from FundAllocation a, FundingPeriod p"
                        + " where p.id = a.fundingPeriodId and p.claimCloses between :from and :to order by a.id",
                Object[].class).setParameter("from", from).setParameter("to", to).getResultList()) {
            FundAllocation allocation = (FundAllocation) row[0];
            FundingPeriod period = (FundingPeriod) row[1];
            if (allocation.getRemaining().amount().signum() > 0) {
                due.add(new FundsDue(allocation.getId(), period.getProgram().getName() + " · " + period.getName(),
                        allocation.getPartnerId(), period.claimDeadline(), allocation.getRemaining().amount(),
                        allocation.getCurrency().getCurrencyCode()));
            }
        }
        return due;
    }

    @Override
    public List<OutgoingEmail> takeEmails(String node, Instant now, Instant staleBefore, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> candidates = em.createNativeQuery("SELECT id FROM user_notification WHERE email_state = 'PENDING'"
                        + " OR (email_state = 'SENDING' AND email_taken_at < ?) ORDER BY id")
                .setParameter(1, utc(staleBefore)).setMaxResults(limit).getResultList();
        List<OutgoingEmail> taken = new ArrayList<>();
        for (Number id : candidates) {
            int won = em.createNativeQuery("UPDATE user_notification SET email_state = 'SENDING', email_node = ?,"
                            + " email_taken_at = ?, email_attempts = email_attempts + 1 WHERE id = ?"
                            + " AND (email_state = 'PENDING' OR (email_state = 'SENDING' AND email_taken_at < ?))")
                    .setParameter(1, node).setParameter(2, utc(now)).setParameter(3, id.longValue())
                    .setParameter(4, utc(staleBefore)).executeUpdate();
            if (won == 1) {
                Notification notification = em.find(Notification.class, id.longValue());
                em.refresh(notification);
                recipient(notification.getRecipient()).filter(r -> r.email() != null)
                        .ifPresentOrElse(r -> taken.add(new OutgoingEmail(NotificationView.of(notification), r.email(), r.language())),
                                () -> setState(id.longValue(), Notification.EmailState.NONE));
            }
        }
        return taken;
    }

    @Override
    public void emailSent(long notificationId) {
        setState(notificationId, Notification.EmailState.SENT);
    }

    @Override
    public void emailFailed(long notificationId, int maxAttempts) {
        em.createNativeQuery("UPDATE user_notification SET email_state = CASE WHEN email_attempts >= ? THEN 'FAILED'"
                        + " ELSE 'PENDING' END WHERE id = ? AND email_state = 'SENDING'")
                .setParameter(1, maxAttempts).setParameter(2, notificationId).executeUpdate();
    }

    private void setState(long notificationId, Notification.EmailState state) {
        em.createNativeQuery("UPDATE user_notification SET email_state = ? WHERE id = ?")
                .setParameter(1, state.name()).setParameter(2, notificationId).executeUpdate();
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
