package works.incentives.domain.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A notification as the inbox and the e-mail show it (the texts come from the kind, in the reader's language). */
public record NotificationView(long id, NotificationKind kind, Notification.Subject subject, long subjectId,
                               String subjectName, LocalDate dueOn, Integer daysLeft, BigDecimal amount,
                               String currencyCode, String note, Instant createdAt, boolean read) {

    public static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), n.getSubjectType(), n.getSubjectId(), n.getSubjectName(),
                n.getDueOn(), n.getDaysLeft(), n.getAmount(), n.getCurrencyCode(), n.getNote(), n.getCreatedAt(),
                n.isRead());
    }
}
