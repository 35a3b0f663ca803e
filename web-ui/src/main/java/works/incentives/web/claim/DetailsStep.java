package works.incentives.web.claim;

import works.incentives.web.i18n.CatalogueNames;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import works.incentives.domain.claim.ClaimCommands.ClaimDetails;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.shared.Problem;
import works.incentives.web.component.TextLimit;
import works.incentives.web.component.wizard.BufferedStep;
import works.incentives.web.guidance.GuidanceLink;
import works.incentives.web.i18n.Messages;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 2: what was executed, when and for how much. The limits a reviewer applies (campaign
 * window, approved amount, caps, fund) are shown beside the fields and the date picker keeps to
 * the window; what the server still finds wrong is shown on the field it concerns.
 */
public class DetailsStep extends BufferedStep<DetailsStep.Details> implements LocaleChangeObserver {

    static final int NAME_MAX = 200;

    /** The step's bean, read from and written to the claim's details. */
    public static class Details {
        private String name = "";
        private java.time.LocalDate executionDate;
        private BigDecimal amount;
        private Integer estimatedReach;
        private String preApprovalId = "";
        private Integer persons;
        private boolean includesAlcohol;
        private final Map<String, String> metrics = new LinkedHashMap<>();
        private String finalComments = "";

        static Details of(ClaimView claim) {
            Details d = new Details();
            d.name = claim.name() == null ? "" : claim.name();
            d.executionDate = claim.executionDate();
            d.amount = claim.amount();
            d.estimatedReach = claim.estimatedReach() == null ? null : (int) Math.min(Integer.MAX_VALUE, claim.estimatedReach());
            d.preApprovalId = claim.preApprovalId() == null ? "" : claim.preApprovalId();
            d.persons = claim.persons();
            d.includesAlcohol = claim.includesAlcohol();
            if (claim.metrics() != null) {
                d.metrics.putAll(claim.metrics());
            }
            d.finalComments = claim.finalComments() == null ? "" : claim.finalComments();
            return d;
        }

        /** The service's command; blank metrics are left out so the check still reports them. */
        public ClaimDetails command() {
            Map<String, String> reported = new LinkedHashMap<>();
            metrics.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    reported.put(k, v.strip());
                }
            });
            return new ClaimDetails(name == null ? "" : name.strip(), executionDate, amount,
                    estimatedReach == null ? null : estimatedReach.longValue(),
                    preApprovalId == null || preApprovalId.isBlank() ? null : preApprovalId.strip(),
                    persons, includesAlcohol, reported, finalComments == null || finalComments.isBlank() ? null : finalComments.strip());
        }
    }

    final TextField name = new TextField();
    final DatePicker executionDate = new DatePicker();
    final BigDecimalField amount = new BigDecimalField();
    final IntegerField estimatedReach = new IntegerField();
    final TextField preApprovalId = new TextField();
    final IntegerField persons = new IntegerField();
    final Checkbox includesAlcohol = new Checkbox();
    final Div metricsBox = new Div();
    final Map<String, TextField> metricFields = new LinkedHashMap<>();
    final TextArea finalComments = new TextArea();
    final H3 limitsHeading = new H3();
    final ClaimLimits limits = new ClaimLimits();
    private ClaimableActivity activity;
    private ActivityTypeView type;
    private String currencyCode = "USD";

    public DetailsStep() {
        super(ClaimSteps.DETAILS);
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
        metricsBox.setId("claim-metrics");
        metricsBox.addClassName("claim-metrics");
        finalComments.setId("claim-final-comments");
        finalComments.setWidthFull();
        TextLimit.comment(finalComments);
        limitsHeading.setId("claim-limits-heading");
        binder.forField(name).asRequired(v -> getTranslation("claim.details.name.required"))
                .bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(executionDate).withValidator((date, ctx) -> date == null || activity == null
                        || (!date.isBefore(activity.campaignStart()) && !date.isAfter(activity.campaignEnd()))
                        ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("claim.details.date.outside",
                        works.incentives.web.plan.Formats.date(activity.campaignStart(), getLocale()),
                        works.incentives.web.plan.Formats.date(activity.campaignEnd(), getLocale()))))
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
                metricsBox, finalComments);
        fields.addClassName("claim-details-fields");
        Div side = new Div(limitsHeading, limits);
        side.addClassName("claim-limits");
        Div layout = new Div(fields, side);
        layout.addClassName("claim-details");
        add(layout);
    }

    @Override
    public String titleKey() {
        return "claim.step." + stepId() + ".title";
    }

    @Override
    public String helpKey() {
        return "claim.step." + stepId() + ".help";
    }

    public void show(ClaimView claim, ClaimableActivity chosen, ActivityTypeView activityType, List<Problem> problems) {
        this.activity = chosen;
        this.type = activityType;
        this.currencyCode = claim.currencyCode();
        buildMetricFields(activityType == null ? List.of() : activityType.metrics());
        edit(Details.of(claim));
        if (chosen != null) {
            executionDate.setMin(chosen.campaignStart());
            executionDate.setMax(chosen.campaignEnd());
        }
        boolean perPerson = activityType != null && (activityType.perPersonCap() != null || activityType.maxPersons() != null);
        persons.setVisible(perPerson);
        includesAlcohol.setVisible(activityType != null && activityType.alcoholExcluded());
        limits.show(chosen, activityType, currencyCode);
        showLabels();
        showProblems(problems);
    }

    private void buildMetricFields(List<String> metrics) {
        metricFields.values().forEach(binder::removeBinding);
        metricFields.clear();
        metricsBox.removeAll();
        for (String metric : metrics) {
            TextField field = new TextField();
            field.setId("claim-metric-" + metric);
            field.setWidthFull();
            field.setMaxLength(500);
            binder.forField(field).bind(d -> d.metrics.getOrDefault(metric, ""), (d, v) -> d.metrics.put(metric, v));
            metricFields.put(metric, field);
            metricsBox.add(field);
        }
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

    /** Only problems about values entered here that are wrong, not missing: the partner stays to fix them. */
    static boolean isEntryError(Problem problem) {
        return switch (problem.rule()) {
            case CLAIM_EXECUTION_DATE_OUTSIDE_CAMPAIGN, CLAIM_OVER_ACTIVITY_AMOUNT, CLAIM_OVER_ACTIVITY_REMAINING,
                 CLAIM_OVER_PER_CLAIM_CAP,
                 CLAIM_OVER_PERIOD_CAP, CLAIM_OVER_EARNED_SHARE_CAP, CLAIM_OVER_PER_PERSON_CAP,
                 CLAIM_TOO_MANY_PERSONS, CLAIM_ALCOHOL_NOT_ELIGIBLE, CLAIM_OVER_REMAINING_FUNDS,
                 CLAIM_OVER_PLAN_LIMIT -> true;
            default -> false;
        };
    }

    /** The field a problem's {@code concerns} names, or null. */
    Component fieldFor(String concerns) {
        if (concerns == null) {
            return null;
        }
        if (concerns.startsWith("metric:")) {
            return metricFields.get(concerns.substring("metric:".length()));
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
        if (field instanceof com.vaadin.flow.component.Focusable<?> f) {
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
                    works.incentives.web.plan.Formats.date(activity.campaignStart(), getLocale()),
                    works.incentives.web.plan.Formats.date(activity.campaignEnd(), getLocale())));
        }
        amount.setLabel(getTranslation("claim.details.amount", currencyCode));
        if (activity != null) {
            amount.setHelperText(getTranslation("claim.details.amount.helper",
                    works.incentives.web.plan.Formats.money(activity.claimableNow(), currencyCode, getLocale())));
        }
        estimatedReach.setLabel(getTranslation("claim.details.reach"));
        estimatedReach.setHelperText(getTranslation("claim.details.reach.helper"));
        preApprovalId.setLabel(getTranslation("claim.details.preApproval"));
        preApprovalId.setHelperText(getTranslation("claim.details.preApproval.helper"));
        persons.setLabel(getTranslation("claim.details.persons"));
        includesAlcohol.setLabel(getTranslation("claim.details.alcohol"));
        metricFields.forEach((metric, field) -> {
            field.setLabel(CatalogueNames.metric(this, type, metric));
            field.setHelperText(getTranslation("claim.details.metric.helper"));
        });
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
