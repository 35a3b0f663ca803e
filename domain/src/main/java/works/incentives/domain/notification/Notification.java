package works.incentives.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import works.incentives.domain.shared.UtcInstantConverter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One notification for one user: what happened to which plan, claim or fund, with the date that
 * matters (an answer deadline, the claim deadline). It stores facts, not sentences: the UI and the
 * e-mail render it in the recipient's language. Created in the transaction of the change it tells
 * about (so it is an outbox row too: the e-mail copy is sent from it, after the commit), or by the
 * reminder job; {@code onceKey} (unique) keeps each one from being created twice.
 */
@Entity
@Table(name = "user_notification")
public class Notification {

    /** What a notification points at. */
    public enum Subject { PLAN, CLAIM, ALLOCATION }

    /** The e-mail copy: not wanted, waiting, being sent by a node, sent, given up. */
    public enum EmailState { NONE, PENDING, SENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_notification_seq")
    @SequenceGenerator(name = "user_notification_seq", sequenceName = "user_notification_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 60)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 20)
    private Subject subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "subject_name", nullable = false, length = 200)
    private String subjectName;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "days_left")
    private Integer daysLeft;

    @Column(precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "currency_code", length = 3)
    private String currencyCode;

    @Column(length = 2000)
    private String note;

    @Column(name = "once_key", nullable = false, unique = true, length = 250)
    private String onceKey;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_state", nullable = false, length = 10)
    private EmailState emailState;

    @Column(name = "email_attempts", nullable = false)
    private int emailAttempts;

    protected Notification() {
        // for JPA
    }

    /** The facts of one notification; the optional ones ({@code dueOn}, days, amount, note) may be null. */
    public record Facts(NotificationKind kind, long subjectId, String subjectName, LocalDate dueOn, Integer daysLeft,
                        BigDecimal amount, String currencyCode, String note) {
        public Facts {
            Objects.requireNonNull(kind, "kind");
            subjectName = subjectName == null || subjectName.isBlank() ? "#" + subjectId : cut(subjectName, 200);
            note = note == null || note.isBlank() ? null : cut(note.strip(), 2000);
        }
    }

    public Notification(String recipient, Facts facts, String onceKey, Instant createdAt, boolean byEmail) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.kind = facts.kind();
        this.subjectType = facts.kind().subject();
        this.subjectId = facts.subjectId();
        this.subjectName = facts.subjectName();
        this.dueOn = facts.dueOn();
        this.daysLeft = facts.daysLeft();
        this.amount = facts.amount();
        this.currencyCode = facts.currencyCode();
        this.note = facts.note();
        this.onceKey = cut(Objects.requireNonNull(onceKey, "onceKey"), 250);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.emailState = byEmail ? EmailState.PENDING : EmailState.NONE;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Read by its recipient (the first time counts). */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Subject getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Integer getDaysLeft() {
        return daysLeft;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public String getNote() {
        return note;
    }

    public String getOnceKey() {
        return onceKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public EmailState getEmailState() {
        return emailState;
    }

    public int getEmailAttempts() {
        return emailAttempts;
    }
}
