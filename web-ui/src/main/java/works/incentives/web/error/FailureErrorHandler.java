package works.incentives.web.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import works.incentives.domain.shared.DatabaseOutage;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure during a click or an upload that no view turned into a sentence: the user reads "try
 * again shortly" when the database cannot be reached, a neutral sentence otherwise; the log gets
 * the details (an outage as a warning without a stack trace, anything else in full).
 */
public class FailureErrorHandler implements ErrorHandler {

    private static final Logger LOG = Logger.getLogger(FailureErrorHandler.class.getName());

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        if (DatabaseOutage.causedBy(failure)) {
            LOG.warning(() -> "Database unavailable: " + failure);
        } else if (!clientWentAway(failure)) {
            LOG.log(Level.SEVERE, "Unexpected failure", failure);
        } else {
            return;
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> show(ui, failure));
        }
    }

    /** A browser that closed the connection (as Vaadin's default handler, these are not errors). */
    private static boolean clientWentAway(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.net.SocketException || t.getClass().getSimpleName().contains("ClientAbort")
                    || t.getClass().getSimpleName().equals("EofException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static Notification show(UI ui, Throwable failure) {
        Notification notification = Notification.show(ui.getTranslation(FailureText.key(failure)), 10_000,
                Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("failure-notification");
        return notification;
    }
}
