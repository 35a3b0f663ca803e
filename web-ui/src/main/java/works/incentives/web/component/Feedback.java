package works.incentives.web.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.persistence.OptimisticLockException;
import works.incentives.domain.access.AccessDeniedException;
import works.incentives.domain.shared.DatabaseOutage;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.web.i18n.Messages;

import java.util.function.Supplier;

/**
 * Runs a service call for a view and turns every refusal into a sentence the user understands,
 * in one place: a broken rule, a change by someone else (optimistic lock), a missing right, the
 * database out of reach ("try again shortly"; the transaction rolled back, nothing was saved).
 */
public final class Feedback {

    private Feedback() {
    }

    /** The call's result, or null after telling the user why it was refused. */
    public static <T> T attempt(Component view, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException refused) {
            error(view, describe(view, refused));
            return null;
        }
    }

    public static boolean attempt(Component view, Runnable call) {
        return attempt(view, () -> {
            call.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** The user's sentence for a refusal; unexpected failures are rethrown to the error handler. */
    public static String describe(Component view, RuntimeException refused) {
        Throwable cause = refused;
        while (cause != null) {
            if (cause instanceof DomainRuleViolation violation) {
                return Messages.of(view, violation);
            }
            if (cause instanceof OptimisticLockException) {
                return view.getTranslation("error.changedBySomeoneElse");
            }
            if (cause instanceof AccessDeniedException) {
                return view.getTranslation("error.notAllowed");
            }
            if (DatabaseOutage.causedBy(cause)) {
                return view.getTranslation("error.databaseUnavailable");
            }
            cause = cause.getCause();
        }
        throw refused;
    }

    public static void success(String text) {
        Notification.show(text, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(Component view, String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("error-notification");
    }
}
