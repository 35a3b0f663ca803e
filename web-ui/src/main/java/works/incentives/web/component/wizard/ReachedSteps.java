package works.incentives.web.component.wizard;

import com.vaadin.flow.server.VaadinSession;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * How far the user has gone in each draft's wizard during this session, so that going back keeps
 * the later steps they completed marked done. Kept in the Vaadin session (every tab of the user),
 * not in the draft: a resumed draft (another day, another node) falls back to what its content shows
 * ({@link DraftWorkspace#furthestStepStarted()}).
 */
final class ReachedSteps implements Serializable {

    private final Map<String, String> furthest = new HashMap<>();

    /** This session's memory (created on first use); null outside a Vaadin session. */
    static ReachedSteps ofSession() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return null;
        }
        ReachedSteps reached = session.getAttribute(ReachedSteps.class);
        if (reached == null) {
            reached = new ReachedSteps();
            session.setAttribute(ReachedSteps.class, reached);
        }
        return reached;
    }

    /**
     * Notes that the user is at {@code stepId} of a draft, and returns the furthest step reached: the
     * latest of this one, the one remembered and {@code started} (what the draft holds; may be null).
     */
    String reach(StepMap steps, long draftId, String stepId, String started) {
        String key = steps.collection() + "/" + draftId;
        String result = steps.later(steps.later(furthest.get(key), stepId), started);
        furthest.put(key, result);
        return result;
    }
}
