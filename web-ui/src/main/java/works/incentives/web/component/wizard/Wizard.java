package works.incentives.web.component.wizard;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A wizard: ordered steps, a progress indicator, the current step with its help beside it, and
 * Back / Next / Save and close / Submit. It moves nothing by itself: it asks the current step
 * to commit (Next, Save and close) or discard (Back) and then fires an event, so the owning
 * view saves through its service and decides where to go (each step has its own URL).
 */
public class Wizard extends Div implements LocaleChangeObserver {

    /**
     * A new step starts at the top of the page (issue 15): the window and every scrolled container
     * around the wizard, whichever the layout scrolls (the app layout scrolls its content area, inside
     * its shadow root: the walk goes through the slot the wizard's view is shown in).
     */
    static final String SCROLL_TO_TOP = """
            window.scrollTo(0, 0);
            for (let n = this; n; n = n.assignedSlot || n.parentNode || n.host) {
              if (n.scrollTop) { n.scrollTop = 0; }
            }""";

    private final List<WizardStep> steps;
    final ProgressIndicator progress;
    final H2 stepTitle = new H2();
    final Div stepContent = new Div();
    final HelpPanel help = new HelpPanel();
    final Button back = new Button(VaadinIcon.ARROW_LEFT.create());
    final Button next = new Button(VaadinIcon.ARROW_RIGHT.create());
    final Button saveAndClose = new Button();
    final Button submit = new Button(VaadinIcon.PAPERPLANE.create());
    private WizardStep current;

    /** Something the user asked the wizard to do with a step. */
    public abstract static class StepEvent extends ComponentEvent<Wizard> {
        private final WizardStep step;

        protected StepEvent(Wizard source, WizardStep step) {
            super(source, true);
            this.step = step;
        }

        public WizardStep step() {
            return step;
        }
    }

    /** Next: the step committed valid input; save it and open the following step. */
    public static class NextEvent extends StepEvent {
        NextEvent(Wizard source, WizardStep step) {
            super(source, step);
        }
    }

    /** Back: the step discarded its edits; open the previous step. */
    public static class BackEvent extends StepEvent {
        BackEvent(Wizard source, WizardStep step) {
            super(source, step);
        }
    }

    /** Save and close: the step committed valid input; save it and leave the wizard. */
    public static class SaveAndCloseEvent extends StepEvent {
        SaveAndCloseEvent(Wizard source, WizardStep step) {
            super(source, step);
        }
    }

    /** Submit, from the last step. */
    public static class SubmitEvent extends StepEvent {
        SubmitEvent(Wizard source, WizardStep step) {
            super(source, step);
        }
    }

    /** A step was chosen in the progress indicator (the current step's edits were discarded). */
    public static class StepChosenEvent extends StepEvent {
        StepChosenEvent(Wizard source, WizardStep step) {
            super(source, step);
        }
    }

    public Wizard(List<? extends WizardStep> steps) {
        this.steps = List.copyOf(steps);
        this.progress = new ProgressIndicator(this.steps);
        setId("wizard");
        addClassName("wizard");
        stepTitle.setId("wizard-step-title");
        stepContent.addClassName("wizard-step-content");
        back.setId("wizard-back");
        next.setId("wizard-next");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        saveAndClose.setId("wizard-save-close");
        submit.setId("wizard-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);

        back.addClickListener(e -> {
            current.discard();
            fireEvent(new BackEvent(this, current));
        });
        next.addClickListener(e -> {
            if (current.commit()) {
                fireEvent(new NextEvent(this, current));
            }
        });
        saveAndClose.addClickListener(e -> {
            if (current.commit()) {
                fireEvent(new SaveAndCloseEvent(this, current));
            }
        });
        submit.addClickListener(e -> fireEvent(new SubmitEvent(this, current)));
        progress.addStepChosenListener(e -> {
            current.discard();
            fireEvent(new StepChosenEvent(this, e.step()));
        });

        HorizontalLayout buttons = new HorizontalLayout(back, saveAndClose, next, submit);
        buttons.addClassName("wizard-buttons");
        Div main = new Div(stepTitle, stepContent, buttons);
        main.addClassName("wizard-main");
        main.getElement().setAttribute("role", "region");
        Div body = new Div(main, help);
        body.addClassName("wizard-body");
        add(progress, body);
    }

    /** The progress indicator: each step's name and state. */
    public ProgressIndicator progress() {
        return progress;
    }

    public List<WizardStep> steps() {
        return steps;
    }

    public WizardStep step(String stepId) {
        return steps.stream().filter(s -> s.stepId().equals(stepId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + stepId));
    }

    public int indexOf(String stepId) {
        return steps.indexOf(step(stepId));
    }

    public WizardStep current() {
        return current;
    }

    /** The step after the current one, or null on the last. */
    public WizardStep following() {
        int index = steps.indexOf(current);
        return index + 1 < steps.size() ? steps.get(index + 1) : null;
    }

    /** The step before the current one, or null on the first. */
    public WizardStep preceding() {
        int index = steps.indexOf(current);
        return index > 0 ? steps.get(index - 1) : null;
    }

    /** Shows a step, with no step after it reached yet (see {@link #show(String, Map, String)}). */
    public void show(String stepId, Map<String, Boolean> problems) {
        show(stepId, problems, stepId);
    }

    /**
     * Shows a step. Every step up to {@code furthestReached} (or up to the current one, whichever is
     * later) has been reached: it is done, or has problems when {@code problems} says it has something
     * to fix. Steps after it are not started: they never say "has problems" before the user got there,
     * and going back never turns a completed later step into "not started".
     */
    public void show(String stepId, Map<String, Boolean> problems, String furthestReached) {
        WizardStep before = current;
        current = step(stepId);
        if (current != before) {
            getElement().executeJs(SCROLL_TO_TOP);
        }
        stepContent.removeAll();
        stepContent.add(current);
        int index = steps.indexOf(current);
        int reached = Math.max(index, furthestReached == null ? 0 : indexOf(furthestReached));
        for (int i = 0; i < steps.size(); i++) {
            String id = steps.get(i).stepId();
            StepState state = i == index ? StepState.CURRENT
                    : i > reached ? StepState.TODO
                    : Boolean.TRUE.equals(problems.get(id)) ? StepState.PROBLEMS : StepState.DONE;
            progress.setState(id, state);
        }
        back.setEnabled(index > 0);
        next.setVisible(index < steps.size() - 1);
        submit.setVisible(index == steps.size() - 1 && submitAllowed);
        refresh();
    }

    private boolean submitAllowed = true;
    private String labelKey = "wizard.label";
    private String submitKey = "wizard.submit";

    /** The keys of the wizard's accessible name and Submit button, for wizards other than the plan's. */
    public void setTextKeys(String wizardLabelKey, String submitButtonKey) {
        this.labelKey = wizardLabelKey;
        this.submitKey = submitButtonKey;
        refresh();
    }

    /**
     * Program admins' own help texts: a lookup from help key to text, asked in the current UI
     * language; without one (or when it finds nothing) the bundled help text shows.
     */
    public void setHelpOverrides(Function<String, Optional<String>> lookup) {
        help.setOverrides(lookup);
        refresh();
    }

    /** Whether this user may submit at all (the button shows only on the last step). */
    public void setSubmitAllowed(boolean allowed) {
        this.submitAllowed = allowed;
        if (current != null) {
            submit.setVisible(steps.indexOf(current) == steps.size() - 1 && allowed);
        }
    }

    /** Whether the user may leave the current step other than with Next (not before a draft exists). */
    public void setStepsSelectable(boolean selectable) {
        progress.setSelectable(selectable);
        if (current != null) {
            refresh();
        }
    }

    private void refresh() {
        if (current == null) {
            return;
        }
        stepTitle.setText(getTranslation(current.titleKey()));
        getElement().setAttribute("aria-label", getTranslation(labelKey));
        back.setText(getTranslation("wizard.back"));
        next.setText(getTranslation("wizard.next"));
        saveAndClose.setText(getTranslation("wizard.saveAndClose"));
        submit.setText(getTranslation(submitKey));
        next.getElement().setAttribute("aria-label", getTranslation("wizard.next.aria",
                following() == null ? "" : getTranslation(following().titleKey())));
        progress.refresh();
        help.show(current);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        refresh();
    }

    public Registration addNextListener(ComponentEventListener<NextEvent> listener) {
        return addListener(NextEvent.class, listener);
    }

    public Registration addBackListener(ComponentEventListener<BackEvent> listener) {
        return addListener(BackEvent.class, listener);
    }

    public Registration addSaveAndCloseListener(ComponentEventListener<SaveAndCloseEvent> listener) {
        return addListener(SaveAndCloseEvent.class, listener);
    }

    public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    public Registration addStepChosenListener(ComponentEventListener<StepChosenEvent> listener) {
        return addListener(StepChosenEvent.class, listener);
    }
}
