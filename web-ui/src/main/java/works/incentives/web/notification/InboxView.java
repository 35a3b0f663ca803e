package works.incentives.web.notification;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.notification.NotificationService;
import works.incentives.domain.notification.NotificationView;
import works.incentives.domain.shared.Actor;
import works.incentives.web.component.Feedback;
import works.incentives.web.layout.MainLayout;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The signed-in user's notifications, newest first, a page at a time: each tells what happened in
 * the user's language; opening one marks it read and goes to its plan or claim (a fund's reminder
 * goes home, where the funds are). "Mark all as read" empties the badge.
 */
@Route(value = "inbox", layout = MainLayout.class)
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    /** Rows read per page of the grid. */
    static final int PAGE = 50;

    final Grid<NotificationView> grid = new Grid<>();
    final Button markAllRead = new Button();
    final Paragraph empty = new Paragraph();
    private final NotificationService notifications;
    private final Actor me;
    /** Goes to a route (tests watch it instead). */
    java.util.function.Consumer<String> navigator = route -> UI.getCurrent().navigate(route);

    @Inject
    public InboxView(NotificationService notifications, CurrentActor currentActor) {
        this.notifications = notifications;
        this.me = currentActor.require();
        setSizeFull();
        markAllRead.setId("inbox-mark-all-read");
        markAllRead.setText(getTranslation("inbox.markAllRead"));
        markAllRead.addClickListener(e -> markAllRead());
        RouterLink settings = new RouterLink(getTranslation("inbox.settings"), NotificationSettingsView.class);
        settings.setId("inbox-settings");
        HorizontalLayout actions = new HorizontalLayout(markAllRead, settings);
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        empty.setId("inbox-empty");
        empty.setText(getTranslation("inbox.empty"));

        grid.setId("inbox");
        grid.setPageSize(PAGE);
        grid.addComponentColumn(this::entry).setKey("entry").setHeader(getTranslation("inbox.title")).setFlexGrow(1);
        grid.addColumn(n -> received(n)).setHeader(getTranslation("inbox.received")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::markReadButton).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> notifications.inbox(query.getOffset(), query.getLimit(), me).stream(),
                query -> (int) notifications.count(me));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setClassNameGenerator(n -> n.read() ? null : "inbox-unread-row");
        boolean none = notifications.count(me) == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
        add(new H1(getTranslation("inbox.title")), actions, empty, grid);
    }

    private Div entry(NotificationView n) {
        Span title = new Span(NotificationTexts.title(n, getLocale()));
        title.addClassName("inbox-entry-title");
        Div body = new Div(NotificationTexts.body(n, getLocale()));
        body.addClassName("inbox-entry-body");
        Div entry = new Div(title, body);
        entry.addClassName("inbox-entry");
        if (!n.read()) {
            entry.addClassName("inbox-entry-unread");
            Span unread = new Span(getTranslation("inbox.unread"));
            unread.addClassName("inbox-unread-label");
            entry.addComponentAsFirst(unread);
        }
        return entry;
    }

    private String received(NotificationView n) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .format(n.createdAt().atZone(ZoneId.systemDefault()));
    }

    private Button markReadButton(NotificationView n) {
        Button button = new Button(getTranslation("inbox.markRead"), e -> {
            if (Feedback.attempt(this, () -> notifications.markRead(n.id(), me))) {
                changed();
            }
        });
        button.addClassName("inbox-mark-read");
        button.setVisible(!n.read());
        return button;
    }

    /** Opens the notification's plan or claim, marking it read. */
    void open(NotificationView n) {
        if (!n.read()) {
            Feedback.attempt(this, () -> notifications.markRead(n.id(), me));
            changed();
        }
        navigator.accept(NotificationTexts.route(n));
    }

    void markAllRead() {
        if (Feedback.attempt(this, (Runnable) () -> notifications.markAllRead(me))) {
            changed();
        }
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        InboxBadge.changed(UI.getCurrent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
