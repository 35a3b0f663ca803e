package works.incentives.web.plan;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.shared.Problem;
import works.incentives.web.component.wizard.WizardStep;
import works.incentives.web.guidance.GuidanceLink;

import java.util.List;
import java.util.Map;

/**
 * Step 5: the plan as the reviewer will see it, the full list of what still blocks submission,
 * and who may submit (partner admins; users are told an admin submits).
 */
public class ReviewStep extends WizardStep implements LocaleChangeObserver {

    final ProblemList problems = new ProblemList();
    final PlanSummary summary = new PlanSummary();
    final Paragraph whoSubmits = new Paragraph();
    private boolean maySubmit;

    public ReviewStep() {
        super(PlanSteps.REVIEW);
        whoSubmits.setId("review-who-submits");
        add(problems, summary, whoSubmits);
    }

    public void show(PlanView plan, String fundLabel, List<Problem> found, boolean userMaySubmit) {
        this.maySubmit = userMaySubmit;
        problems.show(found);
        summary.show(plan, fundLabel, Map.of());
        showTexts();
    }

    /** The server refused the submission: show everything it found. */
    public void showProblems(List<Problem> found) {
        problems.show(found);
    }

    private void showTexts() {
        whoSubmits.setText(getTranslation(maySubmit ? "review.adminSubmits" : "review.userCannotSubmit"));
    }

    @Override
    public List<GuidanceLink> guidance() {
        return List.of(PlanGuidance.REVIEW_AND_SUBMIT, PlanGuidance.AFTER_SUBMISSION, PlanGuidance.ROLES,
                PlanGuidance.STATES);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        problems.render();
        summary.render();
        showTexts();
    }

    public Registration addFixListener(ComponentEventListener<ProblemList.FixEvent> listener) {
        return problems.addFixListener(listener);
    }
}
