package works.incentives.web.plan;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import works.incentives.domain.plan.PlanCommands.ActivityView;
import works.incentives.domain.plan.PlanCommands.CampaignView;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Adds or edits one activity of a campaign: its type (with that type's evidence, metrics and caps
 * shown right there), the countries, the planned amount (checked against what the fund has left),
 * one field per metric the type asks for, and a description.
 */
public class ActivityForm extends Div implements ItemForm, LocaleChangeObserver {

    final H3 heading = new H3();
    final ActivityTypePicker type = new ActivityTypePicker();
    final TypeRules rules = new TypeRules();
    final CountryPicker countries = new CountryPicker();
    final BigDecimalField amount = new BigDecimalField();
    final ActivityMetricFields metricFields;
    final TextArea description = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();
    final Binder<ActivityDraft> binder = new Binder<>();
    private final Binder.Binding<ActivityDraft, BigDecimal> amountBinding;
    private ActivityDraft draft = new ActivityDraft();
    private CampaignView campaign;
    private Long activityId;
    private final PlannedAmountLimits limits = new PlannedAmountLimits(this);
    private Consumer<BigDecimal> amountTyped = typed -> { };

    public ActivityForm() {
        metricFields = new ActivityMetricFields(binder);
        setId("activity-form");
        addClassName("item-form");
        type.setId("activity-type");
        type.setWidthFull();
        countries.setId("activity-countries");
        countries.setWidthFull();
        amount.setId("activity-amount");
        amount.setValueChangeMode(ValueChangeMode.EAGER);
        description.setId("activity-description");
        description.setWidthFull();
        save.setId("activity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setId("activity-cancel");
        rules.setVisible(false);

        binder.setDefaultValidatorsEnabled(false);
        binder.forField(type).asRequired(v -> getTranslation("activity.type.required"))
                .bind(ActivityDraft::getType, ActivityDraft::setType);
        binder.forField(countries).asRequired(v -> getTranslation("activity.countries.required"))
                .bind(ActivityDraft::getCountries, ActivityDraft::setCountries);
        amountBinding = binder.forField(amount).asRequired(v -> getTranslation("activity.amount.required"))
                .withValidator(limits.validator(type::getValue))
                .bind(ActivityDraft::getAmount, ActivityDraft::setAmount);
        binder.forField(description).bind(ActivityDraft::getDescription, ActivityDraft::setDescription);

        type.addValueChangeListener(e -> {
            rules.show(e.getValue(), limits.currencyCode());
            metricFields.bind(e.getValue(), draft.getMetrics());
            showCapLeft();
            if (!amount.isEmpty()) {
                amountBinding.validate();
            }
        });
        amount.addValueChangeListener(e -> amountTyped.accept(e.getValue()));
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> {
            binder.readBean(draft);
            setVisible(false);
        });
        FormLayout fields = new FormLayout(type, countries, amount, description);
        fields.setColspan(type, 2);
        fields.setColspan(countries, 2);
        fields.setColspan(description, 2);
        add(heading, fields, rules, metricFields, new HorizontalLayout(save, cancel));
    }

    /** The catalogue to choose from, sorted by category and name. */
    public void setTypes(List<ActivityTypeView> types, String currency) {
        limits.setCurrency(currency);
        type.setTypes(types);
    }

    /**
     * Opens the form for a new activity (null) or an existing one of the campaign; {@code roomInFund}
     * is the most this activity may plan without taking the plan over what the fund has left.
     */
    public void edit(CampaignView inCampaign, ActivityView activity, List<ActivityTypeView> types,
                     BigDecimal roomInFund) {
        this.campaign = inCampaign;
        this.activityId = activity == null ? null : activity.id();
        limits.reset(roomInFund);
        draft = ActivityDraft.of(activity, types);
        metricFields.bind(null, draft.getMetrics());
        binder.readBean(draft);
        metricFields.bind(draft.getType(), draft.getMetrics());
        showHeading();
        setVisible(true);
    }

    /**
     * What each capped type's per-period cap leaves for the activity being edited, by type code
     * (the server's {@code PlanService.periodCapLeft}: summed over this plan's other activities and
     * the partner's other plans for the period). Shown under the amount; a larger amount is flagged
     * as it is typed.
     */
    public void setCapLeft(Map<String, BigDecimal> leftByTypeCode) {
        limits.setCapLeft(leftByTypeCode);
        showCapLeft();
        if (!amount.isEmpty()) {
            amountBinding.validate();
        }
    }

    private void showCapLeft() {
        amount.setHelperText(limits.capHelperText(type.getValue(), getLocale()));
    }

    /** Called with every typed amount, so the running total follows the typing. */
    public void onAmountTyped(Consumer<BigDecimal> listener) {
        this.amountTyped = listener;
    }

    public boolean save() {
        if (campaign == null || !binder.writeBeanIfValid(draft)) {
            return false;
        }
        fireEvent(new ActivitySaveEvent(this, campaign.id(), activityId, draft.command()));
        return true;
    }

    public boolean hasChanges() {
        return isVisible() && binder.hasChanges();
    }

    /** A refusal from the server about the amount, shown next to it. */
    public void refuseAmount(String message) {
        amount.setInvalid(true);
        amount.setErrorMessage(message);
        amount.focus();
    }

    public Long activityId() {
        return activityId;
    }

    public CampaignView campaign() {
        return campaign;
    }

    private void showHeading() {
        heading.setText(getTranslation(activityId == null ? "activity.new" : "activity.edit",
                campaign == null ? "" : campaign.name()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        type.setLabel(getTranslation("activity.type"));
        type.setHelperText(getTranslation("activity.type.helper"));
        countries.setLabel(getTranslation("activity.countries"));
        countries.setHelperText(getTranslation("activity.countries.helper"));
        amount.setLabel(getTranslation("activity.amount", limits.currencyCode()));
        description.setLabel(getTranslation("activity.description"));
        save.setText(getTranslation("activity.save"));
        cancel.setText(getTranslation("common.cancel"));
        type.getDataProvider().refreshAll();
        countries.getDataProvider().refreshAll();
        rules.show(type.getValue(), limits.currencyCode());
        showCapLeft();
        metricFields.showLabels(type.getValue());
        showHeading();
    }

    public Registration addSaveListener(ComponentEventListener<ActivitySaveEvent> listener) {
        return addListener(ActivitySaveEvent.class, listener);
    }
}
