package works.incentives.web.component.wizard;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.shared.Registration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The wizard's steps in order, each with its name and state (icon and word). Each entry is a
 * button, so keyboard users can jump to a step; the current one carries {@code aria-current}.
 */
public class ProgressIndicator extends Nav {

    private final OrderedList list = new OrderedList();
    private final List<WizardStep> steps;
    private final Map<String, StepState> states = new HashMap<>();
    final List<Button> entries = new ArrayList<>();
    private boolean selectable = true;

    /** A step was chosen in the indicator. */
    public static class StepChosenEvent extends ComponentEvent<ProgressIndicator> {
        private final WizardStep step;

        StepChosenEvent(ProgressIndicator source, WizardStep step) {
            super(source, false);
            this.step = step;
        }

        public WizardStep step() {
            return step;
        }
    }

    public ProgressIndicator(List<WizardStep> steps) {
        this.steps = List.copyOf(steps);
        setId("wizard-progress");
        addClassName("wizard-progress");
        list.addClassName("wizard-progress-list");
        add(list);
        for (WizardStep step : this.steps) {
            Button entry = new Button();
            entry.setId("wizard-progress-" + step.stepId());
            entry.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            entry.addClickListener(e -> fireEvent(new StepChosenEvent(this, step)));
            entries.add(entry);
            ListItem item = new ListItem(entry);
            item.addClassName("wizard-progress-item");
            list.add(item);
            states.put(step.stepId(), StepState.TODO);
        }
    }

    public void setState(String stepId, StepState state) {
        states.put(stepId, state);
    }

    public StepState state(String stepId) {
        return states.get(stepId);
    }

    /** Whether steps may be chosen here (not before the draft exists). */
    public void setSelectable(boolean selectable) {
        this.selectable = selectable;
    }

    /** Redraws every entry in the current language. */
    void refresh() {
        getElement().setAttribute("aria-label", getTranslation("wizard.progress"));
        for (int i = 0; i < steps.size(); i++) {
            WizardStep step = steps.get(i);
            StepState state = states.get(step.stepId());
            Button entry = entries.get(i);
            Icon icon = state.icon().create();
            icon.getElement().setAttribute("aria-hidden", "true");
            Span name = new Span(getTranslation("wizard.stepOf", i + 1, getTranslation(step.titleKey())));
            name.addClassName("wizard-progress-name");
            Span word = new Span(getTranslation(state.messageKey()));
            word.addClassName("wizard-progress-state");
            entry.setText(null);
            entry.getElement().removeAllChildren();
            entry.getElement().appendChild(icon.getElement(), name.getElement(), word.getElement());
            entry.setEnabled(selectable && state != StepState.CURRENT);
            entry.getElement().getParent().setAttribute("class", "wizard-progress-item state-" + state.name().toLowerCase());
            if (state == StepState.CURRENT) {
                entry.getElement().setAttribute("aria-current", "step");
            } else {
                entry.getElement().removeAttribute("aria-current");
            }
        }
    }

    /** The visible text of a step's entry: its name and its state. */
    public String text(String stepId) {
        int index = steps.stream().map(WizardStep::stepId).toList().indexOf(stepId);
        return entries.get(index).getElement().getTextRecursively();
    }

    public Registration addStepChosenListener(ComponentEventListener<StepChosenEvent> listener) {
        return addListener(StepChosenEvent.class, listener);
    }
}
