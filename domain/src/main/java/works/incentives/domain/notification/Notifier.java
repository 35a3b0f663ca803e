package works.incentives.domain.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import works.incentives.domain.notification.NotificationRepository.Recipient;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes notifications in the transaction of the change they tell about (the outbox of this
 * application): the plan and claim services call {@link #recorded} next to the history entry, so a
 * decision that rolls back notifies nobody, and one that commits cannot lose its notifications when a
 * node dies afterwards. E-mail copies are sent later from these rows (once, by whichever node takes
 * them). Who is told: the person who created the item and the partner's incentives admins; a
 * hand-over for submission goes to the admins only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifier {

    /** The MicroProfile Config key whose presence switches e-mail on (README: Notifications). */
    public static final String MAIL_HOST_KEY = "incentives.mail.host";

    private NotificationRepository notifications;
    private Clock clock;
    private boolean mailOn;

    protected Notifier() {
        // for CDI proxies
    }

    @Inject
    public Notifier(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Whether e-mail copies are made at all: only when a mail host is configured (off by default). */
    @Inject
    public void setMailHost(@ConfigProperty(name = MAIL_HOST_KEY) java.util.Optional<String> host) {
        this.mailOn = host.filter(h -> !h.isBlank()).isPresent();
    }

    public boolean isMailOn() {
        return mailOn;
    }

    /**
     * A state change of a plan or claim was recorded ({@code action} as in its history); notifies its
     * people when the change is one users are told of (a decision, a request for action, a hand-over).
     */
    public void recorded(Notification.Subject subject, long subjectId, long partnerId, String subjectName,
                         String action, java.time.LocalDate dueOn, String note) {
        NotificationKind kind = NotificationKind.of(subject, action);
        if (kind == null) {
            return;
        }
        Notification.Facts facts = new Notification.Facts(kind, subjectId, subjectName, dueOn, null, null, null, note);
        String event = UUID.randomUUID().toString();
        for (Recipient recipient : recipients(kind, subject, subjectId, partnerId)) {
            create(recipient, facts, kind + ":" + subjectId + ":" + recipient.userName() + ":" + event);
        }
    }

    /**
     * A reminder, created once per recipient, item and threshold whoever asks again ({@code onceKey}
     * unique): false when it existed already.
     */
    public boolean remindOnce(Recipient recipient, Notification.Facts facts, int threshold) {
        String onceKey = facts.kind() + ":" + facts.subjectId() + ":" + threshold + ":" + recipient.userName();
        if (notifications.exists(onceKey)) {
            return false;
        }
        create(recipient, facts, onceKey);
        return true;
    }

    private void create(Recipient recipient, Notification.Facts facts, String onceKey) {
        notifications.save(new Notification(recipient.userName(), facts, onceKey, clock.instant(),
                mailOn && recipient.wantsEmail(facts.kind().topic())));
    }

    /** The item's creator and the partner's admins (admins only for a hand-over), each once. */
    public List<Recipient> recipients(NotificationKind kind, Notification.Subject subject, long subjectId, long partnerId) {
        Map<String, Recipient> people = new LinkedHashMap<>();
        if (kind.topic() != NotificationTopic.AWAITING_SUBMISSION && subject != Notification.Subject.ALLOCATION) {
            notifications.creatorOf(subject, subjectId).flatMap(notifications::recipient)
                    .ifPresent(r -> people.put(r.userName(), r));
        }
        boolean everyone = kind.topic() == NotificationTopic.FUNDS_EXPIRING;
        notifications.partnerPeople(partnerId, !everyone).forEach(r -> people.putIfAbsent(r.userName(), r));
        return List.copyOf(people.values());
    }
}
