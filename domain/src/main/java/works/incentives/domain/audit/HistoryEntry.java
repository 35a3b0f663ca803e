package works.incentives.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.FreeText;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the append-only history of a plan, claim or other subject: every change of state,
 * upload and comment, with who and when. A comment may point at the item it concerns
 * ("campaign:3", "activity:7", "document:12", "evidence:BOOTH_PHOTO") so the UI shows reviewer
 * feedback where it applies. No setters: entries are never changed.
 */
@Entity
@Table(name = "history_entry")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "history_entry_seq")
    @SequenceGenerator(name = "history_entry_seq", sequenceName = "history_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "subject_type", nullable = false, length = 30)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "partner_id")
    private Long partnerId;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "from_status", length = 30)
    private String fromStatus;

    @Column(name = "to_status", length = 30)
    private String toStatus;

    @Column(name = "actor_name", nullable = false, length = 100)
    private String actorName;

    @Column(name = "actor_role", nullable = false, length = 30)
    private String actorRole;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    /** The longest {@code concerns} stored; longer ones are cut (see {@link FreeText#fit}). */
    public static final int CONCERNS_MAX_LENGTH = 200;

    /** The longest {@code details} stored; longer ones are cut, so recording never fails. */
    public static final int DETAILS_MAX_LENGTH = 4000;

    @Column(length = CONCERNS_MAX_LENGTH)
    private String concerns;

    @Column(length = DETAILS_MAX_LENGTH)
    private String details;

    protected HistoryEntry() {
        // for JPA
    }

    public HistoryEntry(SubjectType subjectType, long subjectId, Long partnerId, String action, String fromStatus,
                        String toStatus, Actor actor, Instant at, String concerns, String details) {
        this.subjectType = Objects.requireNonNull(subjectType, "subjectType").name();
        this.subjectId = subjectId;
        this.partnerId = partnerId;
        this.action = Objects.requireNonNull(action, "action");
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actorName = actor.userName();
        this.actorRole = actor.role().name();
        this.at = Objects.requireNonNull(at, "at");
        this.concerns = FreeText.fit(concerns, CONCERNS_MAX_LENGTH);
        this.details = FreeText.fit(details, DETAILS_MAX_LENGTH);
    }

    /** What kind of thing a history line is about. */
    public enum SubjectType { PROGRAM, ALLOCATION, PLAN, CLAIM }

    public Long getId() {
        return id;
    }

    public SubjectType getSubjectType() {
        return SubjectType.valueOf(subjectType);
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getAction() {
        return action;
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorRole() {
        return actorRole;
    }

    public Instant getAt() {
        return at;
    }

    public String getConcerns() {
        return concerns;
    }

    public String getDetails() {
        return details;
    }
}
