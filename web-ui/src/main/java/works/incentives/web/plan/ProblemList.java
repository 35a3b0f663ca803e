package works.incentives.web.plan;

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

import java.util.List;

/**
 * Everything the server finds before submission, each problem in the user's language with a
 * button that opens the step where it is fixed and focuses the field.
 */
public class ProblemList extends Div {

    /** Fix: open the problem's step and field. */
    public static class FixEvent extends ComponentEvent<ProblemList> {
        private final Problem problem;

        FixEvent(ProblemList source, Problem problem) {
            super(source, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }

        public String stepId() {
            return PlanSteps.stepOf(problem);
        }
    }

    final Paragraph summary = new Paragraph();
    final UnorderedList items = new UnorderedList();
    final java.util.ArrayList<Button> fixButtons = new java.util.ArrayList<>();
    private List<Problem> problems = List.of();

    public ProblemList() {
        setId("plan-problems");
        addClassName("problem-list");
        summary.setId("plan-problems-summary");
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
        getElement().setAttribute("aria-label", getTranslation("problems.aria"));
        summary.setText(problems.isEmpty() ? getTranslation("problems.none")
                : getTranslation("problems.count", problems.size()));
        setClassName("has-problems", !problems.isEmpty());
        for (int i = 0; i < problems.size(); i++) {
            Problem problem = problems.get(i);
            Span text = new Span(Messages.of(this, problem));
            text.setId("problem-" + i);
            Button fix = new Button(getTranslation("problems.fix",
                    getTranslation("step." + PlanSteps.stepOf(problem) + ".title")), e -> fireEvent(new FixEvent(this, problem)));
            fix.setId("problem-fix-" + i);
            fix.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            fixButtons.add(fix);
            items.add(new ListItem(text, fix));
        }
    }

    public Registration addFixListener(ComponentEventListener<FixEvent> listener) {
        return addListener(FixEvent.class, listener);
    }
}
