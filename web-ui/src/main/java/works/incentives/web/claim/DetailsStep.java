package works.incentives.web.claim;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import works.incentives.web.component.DateField;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.shared.Problem;
import works.incentives.web.component.TextLimit;
import works.incentives.web.component.wizard.BufferedStep;
import works.incentives.web.guidance.GuidanceLink;
import works.incentives.web.i18n.Messages;
import works.incentives.web.plan.Formats;

import java.time.LocalDate;
import java.util.List;

/**
 * Step 2: what was executed, when and for how much. The limits a reviewer applies (campaign
 * window, approved amount, caps, fund) are shown beside the fields and the date picker keeps to
 * the window; what the server still finds wrong is shown on the field it concerns.
 */
public class DetailsStep extends BufferedStep<ExecutionDetails> implements LocaleChangeObserver {

    static final int NAME_MAX = 200;

    final TextField name = new TextField();
    final DatePicker executionDate = new DateField();
    final BigDecimalField amount = new BigDecimalField();
    final IntegerField estimatedReach = new IntegerField();
    final TextField preApprovalId = new TextField();
    final IntegerField persons = new IntegerField();
    final Checkbox includesAlcohol = new Checkbox();
    final MetricFields metrics = new MetricFields(binder);
    final TextArea finalComments = new TextArea();
    final H3 limitsHeading = new H3();
    final ClaimLimits limits = new ClaimLimits();
    private ClaimableActivity activity;
    private ActivityTypeView type;
    private String currencyCode = "USD";
    private LocalDate today;

    public DetailsStep() {
        super(ClaimSteps.DETAILS, "claim.step.");
        name.setId("claim-name");
        name.setMaxLength(NAME_MAX);
        name.setWidthFull();
        executionDate.setId("claim-execution-date");
        amount.setId("claim-amount");
        estimatedReach.setId("claim-reach");
        estimatedReach.setMin(0);
        preApprovalId.setId("claim-pre-approval");
        persons.setId("claim-persons");
        persons.setMin(1);
        includesAlcohol.setId("claim-alcohol");
        finalComments.setId("claim-final-comments");
        finalComments.setWidthFull();
        TextLimit.comment(finalComments);
        limitsHeading.setId("claim-limits-heading");
        binder.forField(name).asRequired(v -> getTranslation("claim.details.name.required"))
                .bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(executionDate).withValidator(ExecutionDateRules.insideCampaign(this, () -> activity))
                .withValidator(ExecutionDateRules.notAfter(this, () -> today))
                .bind(d -> d.executionDate, (d, v) -> d.executionDate = v);
        binder.forField(amount).withValidator(v -> v == null || v.signum() > 0,
                        v -> getTranslation("claim.details.amount.positive"))
                .bind(d -> d.amount, (d, v) -> d.amount = v);
        binder.forField(estimatedReach).bind(d -> d.estimatedReach, (d, v) -> d.estimatedReach = v);
        binder.forField(preApprovalId).bind(d -> d.preApprovalId, (d, v) -> d.preApprovalId = v);
        binder.forField(persons).bind(d -> d.persons, (d, v) -> d.persons = v);
        binder.forField(includesAlcohol).bind(d -> d.includesAlcohol, (d, v) -> d.includesAlcohol = v);
        binder.forField(finalComments).bind(d -> d.finalComments, (d, v) -> d.finalComments = v);
        Div fields = new Div(name, executionDate, amount, estimatedReach, preApprovalId, persons, includesAlcohol,
                metrics, finalComments);
        fields.addClassName("claim-details-fields");
        Div side = new Div(limitsHeading, limits);
        side.addClassName("claim-limits");
        Div layout = new Div(fields, side);
        layout.addClassName("claim-details");
        add(layout);
    }

    /** Today, for the rule that an activity is claimed once it has run (no execution date in the future). */
    public void setToday(LocalDate today) {
        this.today = today;
    }

    public void show(ClaimView claim, ClaimableActivity chosen, ActivityTypeView activityType, List<Problem> problems) {
        this.activity = chosen;
        this.type = activityType;
        this.currencyCode = claim.currencyCode();
        metrics.build(activityType == null ? List.of() : activityType.metrics());
        edit(ExecutionDetails.of(claim));
        if (chosen != null) {
            executionDate.setMin(chosen.campaignStart());
            executionDate.setMax(today != null && today.isBefore(chosen.campaignEnd()) ? today : chosen.campaignEnd());
        }
        boolean perPerson = activityType != null && (activityType.perPersonCap() != null || activityType.maxPersons() != null);
        persons.setVisible(perPerson);
        includesAlcohol.setVisible(activityType != null && activityType.alcoholExcluded());
        limits.show(chosen, activityType, currencyCode);
        showLabels();
        showProblems(problems);
    }

    /** Marks each field a problem of the check concerns with the problem's sentence. */
    public void showProblems(List<Problem> problems) {
        for (Problem problem : problems) {
            Component field = fieldFor(problem.concerns());
            if (field instanceof HasValidation v) {
                v.setErrorMessage(Messages.of(this, problem));
                v.setInvalid(true);
            }
        }
    }

    /** The field a problem's {@code concerns} names, or null. */
    Component fieldFor(String concerns) {
        if (concerns == null) {
            return null;
        }
        if (concerns.startsWith("metric:")) {
            return metrics.field(concerns.substring("metric:".length()));
        }
        return switch (concerns) {
            case "claim.name" -> name;
            case "claim.executionDate" -> executionDate;
            case "claim.amount" -> amount;
            case "claim.persons" -> persons;
            default -> null;
        };
    }

    @Override
    public void focus(String concerns) {
        Component field = fieldFor(concerns);
        if (field instanceof Focusable<?> f) {
            f.focus();
        } else {
            name.focus();
        }
    }

    private void showLabels() {
        name.setLabel(getTranslation("claim.details.name"));
        name.setHelperText(getTranslation("claim.details.name.helper"));
        executionDate.setLabel(getTranslation("claim.details.date"));
        if (activity != null) {
            executionDate.setHelperText(getTranslation("claim.details.date.helper",
                    Formats.date(activity.campaignStart(), getLocale()),
                    Formats.date(activity.campaignEnd(), getLocale())));
        }
        amount.setLabel(getTranslation("claim.details.amount", currencyCode));
        if (activity != null) {
            amount.setHelperText(getTranslation("claim.details.amount.helper",
                    Formats.money(activity.claimableNow(), currencyCode, getLocale())));
        }
        estimatedReach.setLabel(getTranslation("claim.details.reach"));
        estimatedReach.setHelperText(getTranslation("claim.details.reach.helper"));
        preApprovalId.setLabel(getTranslation("claim.details.preApproval"));
        preApprovalId.setHelperText(getTranslation("claim.details.preApproval.helper"));
        persons.setLabel(getTranslation("claim.details.persons"));
        includesAlcohol.setLabel(getTranslation("claim.details.alcohol"));
        metrics.showLabels(type);
        finalComments.setLabel(getTranslation("claim.details.comments"));
        limitsHeading.setText(getTranslation("claim.limits.title"));
        limits.render();
    }

    @Override
    public List<GuidanceLink> guidance() {
        return List.of(ClaimGuidance.EXECUTION_DETAILS, ClaimGuidance.CAPS, ClaimGuidance.WHY_REJECTED);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        showLabels();
    }
}
