package works.incentives.web.claim;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;
import works.incentives.domain.shared.Problem;
import works.incentives.web.i18n.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything {@code ClaimService.check} finds, each in the user's language with a button that
 * opens the step and field where it is fixed; empty means a reviewer would find nothing missing.
 */
public class ClaimProblemList extends Div {

    /** Fix: open the problem's step and field. */
    public static class FixEvent extends ComponentEvent<ClaimProblemList> {
        private final Problem problem;

        FixEvent(ClaimProblemList source, Problem problem) {
            super(source, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }

        public String stepId() {
            return ClaimSteps.stepOf(problem);
        }
    }

    final Paragraph summary = new Paragraph();
    final UnorderedList items = new UnorderedList();
    final List<Button> fixButtons = new ArrayList<>();
    private List<Problem> problems = List.of();

    public ClaimProblemList() {
        setId("claim-problems");
        addClassName("problem-list");
        summary.setId("claim-problems-summary");
        items.setId("claim-problems-items");
        getElement().setAttribute("role", "region");
        add(summary, items);
    }

    public void show(List<Problem> found) {
        this.problems = List.copyOf(found);
        render();
    }

    public List<Problem> problems() {
        return problems;
    }

    void render() {
        items.removeAll();
        fixButtons.clear();
        getElement().setAttribute("aria-label", getTranslation("claim.problems.aria"));
        getElement().setAttribute("data-count", String.valueOf(problems.size()));
        summary.setText(problems.isEmpty() ? getTranslation("claim.problems.none")
                : getTranslation("claim.problems.count", problems.size()));
        setClassName("has-problems", !problems.isEmpty());
        for (int i = 0; i < problems.size(); i++) {
            Problem problem = problems.get(i);
            Span text = new Span(Messages.of(this, problem));
            text.setId("claim-problem-" + i);
            Button fix = new Button(getTranslation("claim.problems.fix",
                    getTranslation("claim.step." + ClaimSteps.stepOf(problem) + ".title")),
                    e -> fireEvent(new FixEvent(this, problem)));
            fix.setId("claim-problem-fix-" + i);
            fix.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            fixButtons.add(fix);
            ListItem item = new ListItem(text, fix);
            item.getElement().setAttribute("data-rule", problem.code());
            items.add(item);
        }
    }

    public Registration addFixListener(ComponentEventListener<FixEvent> listener) {
        return addListener(FixEvent.class, listener);
    }
}
