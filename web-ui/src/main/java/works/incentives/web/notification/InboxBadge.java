package works.incentives.web.notification;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import works.incentives.domain.notification.NotificationService;
import works.incentives.domain.shared.Actor;

import java.util.ArrayList;
import java.util.List;

/**
 * The header's bell with the number of unread notifications; opens the inbox. The number is read
 * again after every navigation, whenever the inbox marks something read ({@link UnreadChanged}) and,
 * when {@code pollSeconds} is above zero, that often while the page stays open.
 */
public class InboxBadge extends Button implements AfterNavigationObserver {

    /** Fired on the UI when the user's unread count changed (the inbox marked something read). */
    public static class UnreadChanged extends ComponentEvent<UI> {
        public UnreadChanged(UI ui) {
            super(ui, false);
        }
    }

    final Span count = new Span();
    private final NotificationService notifications;
    private final Actor me;
    private final int pollSeconds;
    private final List<Registration> registrations = new ArrayList<>();

    public InboxBadge(NotificationService notifications, Actor me, int pollSeconds) {
        this.notifications = notifications;
        this.me = me;
        this.pollSeconds = pollSeconds;
        setId("inbox-badge");
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.setId("inbox-unread");
        count.addClassName("inbox-unread");
        setSuffixComponent(count);
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(InboxView.class)));
    }

    /** Tells the badge of this UI that the unread count changed. */
    public static void changed(UI ui) {
        ComponentUtil.fireEvent(ui, new UnreadChanged(ui));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        registrations.add(ComponentUtil.addListener(ui, UnreadChanged.class, e -> refresh()));
        if (pollSeconds > 0) {
            ui.setPollInterval(pollSeconds * 1000);
            registrations.add(ui.addPollListener(e -> refresh()));
        }
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    /** Reads the unread count again and shows it (nothing shown at zero). */
    public void refresh() {
        long unread = notifications.unreadCount(me);
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        setAriaLabel(getTranslation("inbox.badge.label", unread));
        setTooltipText(getTranslation("inbox.badge.label", unread));
    }
}
