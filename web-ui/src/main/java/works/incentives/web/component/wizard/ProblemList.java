package works.incentives.web.component.wizard;

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
import java.util.function.Function;

/**
 * Everything the server's pre-submission check finds, each problem in the user's language with a
 * button that opens the wizard step (and field) where it is fixed. Each wizard configures it with
 * its element-id prefix, its text keys and which step fixes which problem.
 */
public class ProblemList extends Div {

    /**
     * What differs between wizards: {@code prefix} of the element ids ({@code <prefix>-problems},
     * {@code <prefix>-problem-fix-<i>}, ...), the text keys, the step that fixes a problem and
     * the key of a step's title.
     */
    public record Setup(String prefix, String ariaKey, String noneKey, String countKey, String fixKey,
                        Function<Problem, String> stepOf, Function<String, String> stepTitleKey) {
    }

    /** Fix: open the problem's step and field. */
    public static class FixEvent extends ComponentEvent<ProblemList> {
        private final Problem problem;
        private final String stepId;

        FixEvent(ProblemList source, Problem problem, String stepId) {
            super(source, false);
            this.problem = problem;
            this.stepId = stepId;
        }

        public Problem problem() {
            return problem;
        }

        public String stepId() {
            return stepId;
        }
    }

    public final Paragraph summary = new Paragraph();
    public final UnorderedList items = new UnorderedList();
    public final List<Button> fixButtons = new ArrayList<>();
    private final Setup setup;
    private List<Problem> problems = List.of();

    public ProblemList(Setup setup) {
        this.setup = setup;
        setId(setup.prefix() + "-problems");
        addClassName("problem-list");
        summary.setId(setup.prefix() + "-problems-summary");
        items.setId(setup.prefix() + "-problems-items");
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

    /** Redraws the list in the current language. */
    public void render() {
        items.removeAll();
        fixButtons.clear();
        getElement().setAttribute("aria-label", getTranslation(setup.ariaKey()));
        getElement().setAttribute("data-count", String.valueOf(problems.size()));
        summary.setText(problems.isEmpty() ? getTranslation(setup.noneKey())
                : getTranslation(setup.countKey(), problems.size()));
        setClassName("has-problems", !problems.isEmpty());
        for (int i = 0; i < problems.size(); i++) {
            Problem problem = problems.get(i);
            String stepId = setup.stepOf().apply(problem);
            Span text = new Span(Messages.of(this, problem));
            text.setId(setup.prefix() + "-problem-" + i);
            Button fix = new Button(getTranslation(setup.fixKey(), getTranslation(setup.stepTitleKey().apply(stepId))),
                    e -> fireEvent(new FixEvent(this, problem, stepId)));
            fix.setId(setup.prefix() + "-problem-fix-" + i);
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
