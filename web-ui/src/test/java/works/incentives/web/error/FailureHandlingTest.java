package works.incentives.web.error;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ErrorEvent;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import works.incentives.web.component.Feedback;
import works.incentives.web.i18n.TranslationProvider;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With the database out of reach, every way a failure reaches the user says "try again shortly", in both languages. */
class FailureHandlingTest {

    /** What EclipseLink over the server's pool throws when PostgreSQL is stopped. */
    static RuntimeException outage() {
        return new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException("DatabaseException",
                new SQLException("Error in allocating a connection", null,
                        new SQLException("Connection to localhost:5432 refused", "08001"))));
    }

    /** A view whose data cannot be read. */
    @Route("needs-the-database")
    public static class NeedsTheDatabase extends Div implements BeforeEnterObserver {
        static RuntimeException failure;

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw failure;
        }
    }

    @BeforeEach
    void startVaadin() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup(new Routes().autoDiscoverViews("works.incentives.web.error"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void aRefusedCallSaysTryAgainShortlyInBothLanguages() {
        Div view = new Div();
        UI.getCurrent().add(view);
        assertEquals("The database cannot be reached right now, so nothing was saved. Please try again shortly.",
                Feedback.describe(view, outage()));
        UI.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        assertEquals("目前無法連線到資料庫，因此沒有儲存任何內容。請稍後再試。",
                Feedback.describe(view, new IllegalStateException(new SQLTransientConnectionException("pool timeout"))));
    }

    @Test
    void aFailureNoViewHandledIsShownAsANotificationWithoutInternals() {
        new FailureErrorHandler().error(new ErrorEvent(outage()));
        MockVaadin.clientRoundtrip();
        List<Notification> shown = NotificationsKt.getNotifications();
        assertEquals(1, shown.size());
        String text = shown.get(0).getElement().getProperty("text");
        assertTrue(text.contains("try again shortly"), text);

        NotificationsKt.clearNotifications();
        new FailureErrorHandler().error(new ErrorEvent(new IllegalStateException("NullPointer in FooBean")));
        MockVaadin.clientRoundtrip();
        String other = NotificationsKt.getNotifications().get(0).getElement().getProperty("text");
        assertFalse(other.contains("FooBean") || other.contains("Exception"), other);
    }

    @Test
    void openingAViewWhileTheDatabaseIsDownShowsTheTryAgainPage() {
        NeedsTheDatabase.failure = outage();
        UI.getCurrent().navigate("needs-the-database");
        FailureView page = _get(FailureView.class);
        assertEquals("Please try again shortly", page.title.getText());
        assertTrue(page.text.getText().contains("try again shortly"), page.text.getText());
        assertEquals("Try again", page.retry.getText());

        UI.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        UI.getCurrent().navigate("needs-the-database");
        assertEquals("請稍後再試", _get(FailureView.class).title.getText());
    }

    @Test
    void anyOtherFailureShowsANeutralPageWithoutTheExceptionsText() {
        NeedsTheDatabase.failure = new IllegalStateException("secret internals at com.example.Foo");
        UI.getCurrent().navigate("needs-the-database");
        String shown = _get(FailureView.class).getElement().getTextRecursively();
        assertFalse(shown.contains("secret") || shown.contains("IllegalState"), shown);
        assertTrue(shown.contains("Something went wrong"), shown);
    }
}
