package works.incentives.web.component.wizard;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Where a step stands, said with an icon and a word (never colour alone, for colour-blind users
 * and screen readers).
 */
public enum StepState {
    TODO(VaadinIcon.CIRCLE_THIN),
    CURRENT(VaadinIcon.ARROW_CIRCLE_RIGHT),
    DONE(VaadinIcon.CHECK_CIRCLE),
    PROBLEMS(VaadinIcon.EXCLAMATION_CIRCLE);

    private final VaadinIcon icon;

    StepState(VaadinIcon icon) {
        this.icon = icon;
    }

    public VaadinIcon icon() {
        return icon;
    }

    public String messageKey() {
        return "wizard.state." + name();
    }
}
