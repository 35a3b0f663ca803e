package works.incentives.web.notification;

import works.incentives.domain.notification.Notification;
import works.incentives.domain.notification.NotificationKind;
import works.incentives.domain.notification.NotificationService;
import works.incentives.domain.notification.NotificationView;
import works.incentives.domain.shared.Actor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A user's inbox in memory, newest first, as the service keeps it. */
class InboxStub extends NotificationService {

    final List<NotificationView> items = new ArrayList<>();
    final List<Long> markedRead = new ArrayList<>();
    int unreadAsked;

    InboxStub add(long id, NotificationKind kind, String name, boolean read) {
        items.add(0, new NotificationView(id, kind, kind.subject(), 100 + id, name, LocalDate.of(2027, 8, 14), 7,
                kind.subject() == Notification.Subject.ALLOCATION ? new BigDecimal("19000") : null,
                kind.subject() == Notification.Subject.ALLOCATION ? "USD" : null,
                kind == NotificationKind.PLAN_REJECTED ? "No budget this year" : null,
                Instant.parse("2027-08-07T09:00:00Z").plusSeconds(id * 60), read));
        return this;
    }

    @Override
    public List<NotificationView> inbox(int offset, int limit, Actor actor) {
        return items.subList(Math.min(offset, items.size()), Math.min(offset + limit, items.size()));
    }

    @Override
    public long count(Actor actor) {
        return items.size();
    }

    @Override
    public long unreadCount(Actor actor) {
        unreadAsked++;
        return items.stream().filter(n -> !n.read()).count();
    }

    @Override
    public void markRead(long notificationId, Actor actor) {
        markedRead.add(notificationId);
        items.replaceAll(n -> n.id() == notificationId ? read(n) : n);
    }

    @Override
    public int markAllRead(Actor actor) {
        int unread = (int) unreadCount(actor);
        items.replaceAll(InboxStub::read);
        return unread;
    }

    private static NotificationView read(NotificationView n) {
        return new NotificationView(n.id(), n.kind(), n.subject(), n.subjectId(), n.subjectName(), n.dueOn(),
                n.daysLeft(), n.amount(), n.currencyCode(), n.note(), n.createdAt(), true);
    }
}
