package works.incentives.domain.notification;

/** What a notification is about, as a user chooses which ones also come by e-mail (the inbox gets all). */
public enum NotificationTopic {
    DECISIONS,
    ACTION_REQUESTS,
    DRAFTS_EXPIRING,
    FUNDS_EXPIRING,
    AWAITING_SUBMISSION;

    /** The topics of these names; names no topic has any more are left out. */
    public static java.util.Set<NotificationTopic> parse(java.util.Collection<String> names) {
        java.util.Set<NotificationTopic> topics = java.util.EnumSet.noneOf(NotificationTopic.class);
        for (NotificationTopic topic : values()) {
            if (names.contains(topic.name())) {
                topics.add(topic);
            }
        }
        return topics;
    }
}
