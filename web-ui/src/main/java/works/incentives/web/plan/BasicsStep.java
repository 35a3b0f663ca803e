package works.incentives.web.plan;

import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import works.incentives.domain.plan.PlanCommands.PlanBasics;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.web.component.wizard.BufferedStep;
import works.incentives.web.guidance.GuidanceLink;

import java.util.List;

/**
 * Step 2: the plan's title and objective. The currency comes from the fund and the reviewer is
 * assigned by the vendor, so both are shown read-only.
 */
public class BasicsStep extends BufferedStep<BasicsStep.Basics> implements LocaleChangeObserver {

    static final int TITLE_MAX = 200;
    static final int OBJECTIVE_MAX = 4000;

    /** The step's bean. */
    public static class Basics {
        private String title = "";
        private String objective = "";

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getObjective() {
            return objective;
        }

        public void setObjective(String objective) {
            this.objective = objective;
        }

        public PlanBasics command() {
            return new PlanBasics(title.strip(), objective.strip());
        }
    }

    final TextField title = new TextField();
    final TextArea objective = new TextArea();
    final TextField currency = new TextField();
    final TextField reviewer = new TextField();

    public BasicsStep() {
        super(PlanSteps.BASICS);
        title.setId("plan-title");
        title.setWidthFull();
        title.setMaxLength(TITLE_MAX);
        objective.setId("plan-objective");
        objective.setWidthFull();
        objective.setMaxLength(OBJECTIVE_MAX);
        objective.setMinHeight("8em");
        currency.setId("plan-currency");
        currency.setReadOnly(true);
        reviewer.setId("plan-reviewer");
        reviewer.setReadOnly(true);
        binder.forField(title).asRequired(v -> getTranslation("basics.title.required"))
                .bind(Basics::getTitle, Basics::setTitle);
        binder.forField(objective).asRequired(v -> getTranslation("basics.objective.required"))
                .bind(Basics::getObjective, Basics::setObjective);
        add(title, objective, currency, reviewer);
    }

    public void show(PlanView plan) {
        Basics basics = new Basics();
        basics.setTitle(plan.title() == null ? "" : plan.title());
        basics.setObjective(plan.objective() == null ? "" : plan.objective());
        edit(basics);
        currency.setValue(plan.currencyCode());
        reviewer.setValue(plan.reviewer() == null ? "" : plan.reviewer());
        reviewer.setVisible(plan.reviewer() != null);
    }

    @Override
    public void focus(String concerns) {
        objective.focus();
    }

    @Override
    public List<GuidanceLink> guidance() {
        return List.of(PlanGuidance.PLAN_BASICS, PlanGuidance.ROLES);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        labelled(title, "basics.title");
        labelled(objective, "basics.objective");
        labelled(currency, "basics.currency");
        labelled(reviewer, "basics.reviewer");
    }

    /** The field's label from {@code key} and its helper text from {@code key.helper}. */
    private <F extends HasLabel & HasHelper> void labelled(F field, String key) {
        field.setLabel(getTranslation(key));
        field.setHelperText(getTranslation(key + ".helper"));
    }
}
