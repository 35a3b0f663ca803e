package works.incentives.web.component.wizard;

import com.vaadin.flow.component.Component;
import jakarta.persistence.OptimisticLockException;
import works.incentives.web.component.Feedback;

import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * The saves of a wizard's draft, in one place for every wizard: each carries the version of the
 * draft the user is looking at. When someone else saved the same draft meanwhile (another tab, a
 * colleague) the service refuses the save; the user then reads the one shared "changed by someone
 * else" sentence and sees the fresh draft at the step they are on, never a silent overwrite.
 */
public final class DraftSaves {

    private final Component view;
    private final LongSupplier versionSeen;
    private final Runnable reloadFresh;

    /**
     * @param view        the wizard's view (for the notification and translations)
     * @param versionSeen the version of the draft the screen shows now
     * @param reloadFresh loads the draft again and shows it at the current step
     */
    public DraftSaves(Component view, LongSupplier versionSeen, Runnable reloadFresh) {
        this.view = view;
        this.versionSeen = versionSeen;
        this.reloadFresh = reloadFresh;
    }

    /** {@link #save(LongFunction, Consumer)} telling any other refusal in a notification. */
    public <T> T save(LongFunction<T> call) {
        return save(call, refused -> Feedback.error(view, Feedback.describe(view, refused)));
    }

    /**
     * Runs {@code call} with the version the user saw and returns its result; null when refused:
     * after a change by someone else the shared sentence shows and the fresh draft is loaded;
     * any other refusal goes to {@code otherwise} (e.g. to show it next to a field).
     */
    public <T> T save(LongFunction<T> call, Consumer<RuntimeException> otherwise) {
        try {
            return call.apply(versionSeen.getAsLong());
        } catch (RuntimeException refused) {
            if (!changedBySomeoneElse(refused)) {
                otherwise.accept(refused);
                return null;
            }
            Feedback.error(view, view.getTranslation("error.changedBySomeoneElse"));
            reloadFresh.run();
            return null;
        }
    }

    /** Whether the refusal says the draft is no longer the version the user saw. */
    public static boolean changedBySomeoneElse(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
