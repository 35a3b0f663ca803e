package works.incentives.web.notification;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import works.incentives.domain.notification.NotificationKind;
import works.incentives.domain.shared.Actor;
import works.incentives.web.KaribuTest;
import works.incentives.web.i18n.TranslationProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inbox: newest first in the reader's language, opening marks read and leads to the item, the badge follows. */
class InboxViewTest extends KaribuTest {

    static final Actor PAULA = Actor.partnerUser("paula", 7);

    final InboxStub service = new InboxStub()
            .add(1, NotificationKind.FUNDS_EXPIRING, "Co-op FY27 · H1", true)
            .add(2, NotificationKind.PLAN_REJECTED, "Spring plan", false)
            .add(3, NotificationKind.CLAIM_SENT_BACK, "Booth photos", false);

    /** With the notification views' routes, which the inbox links to. */
    @Override
    @org.junit.jupiter.api.BeforeEach
    protected void startVaadin() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup(new Routes().autoDiscoverViews("works.incentives.web.notification"));
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
    }

    InboxView inbox() {
        return shown(new InboxView(service, () -> Optional.of(PAULA)));
    }

    InboxBadge badge() {
        return shown(new InboxBadge(service, PAULA, 0));
    }

    private static String entry(InboxView view, int row) {
        return text(GridKt._getCellComponent(view.grid, row, "entry"));
    }

    @Test
    void theInboxListsTheNewestFirstWithWhatHappenedAndWhatToDo() {
        InboxView view = inbox();
        assertEquals(3, GridKt._size(view.grid));
        assertEquals(3, GridKt._get(view.grid, 0).id(), "newest first");
        String text = entry(view, 0);
        assertTrue(text.contains("Claim \"Booth photos\" sent back: answer by Aug 14, 2027"), text);
        assertTrue(text.contains("A partner admin must answer by Aug 14, 2027"), text);
        String rejected = entry(view, 1);
        assertTrue(rejected.contains("Note: No budget this year"), rejected);
        String funds = entry(view, 2);
        assertTrue(funds.contains("$19,000.00 unclaimed in \"Co-op FY27 · H1\" expire on Aug 14, 2027"), funds);
        assertFalse(view.empty.isVisible());
    }

    @Test
    void theInboxSpeaksTraditionalChineseToAChineseReader() {
        UI.getCurrent().setLocale(TranslationProvider.TRADITIONAL_CHINESE);
        InboxView view = inbox();
        String text = entry(view, 0);
        assertTrue(text.contains("申請「Booth photos」已退回：請於 2027年8月14日 前回覆"), text);
        assertTrue(text.contains("未讀"), text);
    }

    @Test
    void openingANotificationMarksItReadGoesToItsItemAndTheBadgeFollows() {
        InboxBadge badge = badge();
        assertEquals("2", badge.count.getText());
        InboxView view = inbox();
        List<String> visited = new ArrayList<>();
        view.navigator = visited::add;
        view.open(GridKt._get(view.grid, 0));
        assertEquals(List.of(3L), service.markedRead);
        assertEquals(List.of("claims/103"), visited);
        assertEquals("1", badge.count.getText(), "the badge updates at once");

        view.open(GridKt._get(view.grid, 2));
        assertEquals(List.of(3L), service.markedRead, "an entry already read is not marked again");
        assertEquals("", visited.get(1), "a fund's reminder leads home, where the funds are");
    }

    @Test
    void markAllReadEmptiesTheBadge() {
        InboxBadge badge = badge();
        InboxView view = inbox();
        _click(view.markAllRead);
        assertEquals(0, service.unreadCount(PAULA));
        assertFalse(badge.count.isVisible());
        assertEquals("Notifications, none unread", badge.getElement().getAttribute("aria-label"));
    }

    @Test
    void anEmptyInboxSaysSo() {
        service.items.clear();
        InboxView view = inbox();
        assertTrue(view.empty.isVisible());
        assertFalse(view.grid.isVisible());
        assertEquals("No notifications yet.", view.empty.getText());
    }
}
