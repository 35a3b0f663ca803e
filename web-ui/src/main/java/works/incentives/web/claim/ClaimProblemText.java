package works.incentives.web.claim;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import works.incentives.domain.shared.Problem;
import works.incentives.web.i18n.Messages;

/** One problem or refusal as a line on the item it concerns: a warning icon and the sentence. */
final class ClaimProblemText {

    private ClaimProblemText() {
    }

    static Span of(Component owner, Problem problem) {
        return line(Messages.of(owner, problem), problem.concerns() == null ? "claim" : problem.concerns());
    }

    static Span line(String message, String concerns) {
        Icon icon = VaadinIcon.EXCLAMATION_CIRCLE.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span text = new Span(icon, new Span(message));
        text.addClassName("problem");
        text.getElement().setAttribute("role", "alert");
        text.getElement().setAttribute("data-concerns", concerns);
        return text;
    }
}
