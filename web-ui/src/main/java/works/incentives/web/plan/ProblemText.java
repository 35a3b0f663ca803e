package works.incentives.web.plan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import works.incentives.domain.shared.Problem;
import works.incentives.web.i18n.Messages;

/** One problem as a line on the item it concerns: a warning icon and the localized sentence. */
final class ProblemText {

    private ProblemText() {
    }

    static Span of(Component owner, Problem problem) {
        Icon icon = VaadinIcon.EXCLAMATION_CIRCLE.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span text = new Span(icon, new Span(Messages.of(owner, problem)));
        text.addClassName("problem");
        text.getElement().setAttribute("data-concerns", problem.concerns() == null ? "plan" : problem.concerns());
        return text;
    }
}
