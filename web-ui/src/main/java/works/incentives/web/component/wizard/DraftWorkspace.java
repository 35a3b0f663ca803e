package works.incentives.web.component.wizard;

import works.incentives.domain.shared.Problem;

import java.util.List;

/** What a {@link DraftWizardView} needs to know of the draft it shows, whatever its kind. */
public interface DraftWorkspace {

    /** The draft's id; null before the draft exists (the wizard's first step). */
    Long draftId();

    /** The version of the draft on screen, carried by every save. */
    long draftVersion();

    /** Whether the draft may still be edited; else it opens read-only. */
    boolean draftEditable();

    /** The draft's name for the heading, or null. */
    String draftName();

    /** What the server finds missing or wrong in the draft now. */
    List<Problem> problems();

    /**
     * The furthest step whose content the draft already holds (a resumed draft shows every step up to
     * it as reached, done or with problems); null when that is only the first.
     */
    default String furthestStepStarted() {
        return null;
    }
}
