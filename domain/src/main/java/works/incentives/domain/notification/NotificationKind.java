package works.incentives.domain.notification;

/** Every kind of notification: its topic (for the user's e-mail preferences) and what it points at. */
public enum NotificationKind {
    PLAN_APPROVED(NotificationTopic.DECISIONS, Notification.Subject.PLAN),
    PLAN_REJECTED(NotificationTopic.DECISIONS, Notification.Subject.PLAN),
    PLAN_SENT_BACK(NotificationTopic.ACTION_REQUESTS, Notification.Subject.PLAN),
    CLAIM_APPROVED(NotificationTopic.DECISIONS, Notification.Subject.CLAIM),
    CLAIM_REJECTED(NotificationTopic.DECISIONS, Notification.Subject.CLAIM),
    CLAIM_SENT_BACK(NotificationTopic.ACTION_REQUESTS, Notification.Subject.CLAIM),
    DRAFT_EXPIRING(NotificationTopic.DRAFTS_EXPIRING, Notification.Subject.CLAIM),
    FUNDS_EXPIRING(NotificationTopic.FUNDS_EXPIRING, Notification.Subject.ALLOCATION),
    PLAN_AWAITS_SUBMISSION(NotificationTopic.AWAITING_SUBMISSION, Notification.Subject.PLAN),
    CLAIM_AWAITS_SUBMISSION(NotificationTopic.AWAITING_SUBMISSION, Notification.Subject.CLAIM);

    private final NotificationTopic topic;
    private final Notification.Subject subject;

    NotificationKind(NotificationTopic topic, Notification.Subject subject) {
        this.topic = topic;
        this.subject = subject;
    }

    public NotificationTopic topic() {
        return topic;
    }

    public Notification.Subject subject() {
        return subject;
    }

    /**
     * The notification a state change recorded in the history causes ({@code action} as the history
     * names it: APPROVED, REJECTED, ACTION_REQUESTED, SUBMISSION_REQUESTED), or null for none.
     */
    public static NotificationKind of(Notification.Subject subject, String action) {
        boolean plan = subject == Notification.Subject.PLAN;
        return switch (action) {
            case "APPROVED" -> plan ? PLAN_APPROVED : CLAIM_APPROVED;
            case "REJECTED" -> plan ? PLAN_REJECTED : CLAIM_REJECTED;
            case "ACTION_REQUESTED" -> plan ? PLAN_SENT_BACK : CLAIM_SENT_BACK;
            case "SUBMISSION_REQUESTED" -> plan ? PLAN_AWAITS_SUBMISSION : CLAIM_AWAITS_SUBMISSION;
            default -> null;
        };
    }
}
