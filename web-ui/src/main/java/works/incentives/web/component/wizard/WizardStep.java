package works.incentives.web.component.wizard;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import works.incentives.web.guidance.GuidanceLink;

import java.util.List;

/**
 * One step of a {@link Wizard}: a small component that knows what it asks for, why (its help
 * text) and where to read more. It never calls a service: the view that owns the wizard saves
 * what the step commits, so a step can be tested with plain data.
 */
public abstract class WizardStep extends VerticalLayout {

    private final String stepId;
    private final String keyPrefix;

    protected WizardStep(String stepId) {
        this(stepId, "step.");
    }

    /** @param keyPrefix the prefix of the title and help keys ({@code <prefix><stepId>.title}), e.g. "claim.step." */
    protected WizardStep(String stepId, String keyPrefix) {
        this.stepId = stepId;
        this.keyPrefix = keyPrefix;
        setId("step-" + stepId);
        addClassName("wizard-step");
        setPadding(false);
    }

    /** The step's id, also its URL segment. */
    public String stepId() {
        return stepId;
    }

    /** The translation key of the step's title. */
    public String titleKey() {
        return keyPrefix + stepId + ".title";
    }

    /** The translation key of the short help: what the step needs and why. */
    public String helpKey() {
        return keyPrefix + stepId + ".help";
    }

    /** The guidance sections a partner may want to read for this step. */
    public abstract List<GuidanceLink> guidance();

    /**
     * Writes the step's buffered input into its bean before the wizard moves on; false (and the
     * messages shown next to the fields) when the input is not valid.
     */
    public boolean commit() {
        return true;
    }

    /** Drops input that was not committed, so going back does not keep half-typed values. */
    public void discard() {
    }

    /** Puts the focus on the field a problem concerns (e.g. {@code "campaign:12"}); nothing by default. */
    public void focus(String concerns) {
    }
}
