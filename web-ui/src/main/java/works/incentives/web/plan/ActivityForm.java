package works.incentives.web.plan;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import works.incentives.domain.plan.PlanCommands.ActivityData;
import works.incentives.domain.plan.PlanCommands.ActivityView;
import works.incentives.domain.plan.PlanCommands.CampaignView;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.web.i18n.CatalogueNames;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Adds or edits one activity of a campaign: its type (with that type's evidence, metrics and caps
 * shown right there), the countries, the planned amount (checked against what the fund has left),
 * one field per metric the type asks for, and a description.
 */
public class ActivityForm extends Div implements LocaleChangeObserver {

    /** Mutable bean of the form's buffered binder. */
    public static class Draft {
        private ActivityTypeView type;
        private Set<String> countries = new HashSet<>();
        private BigDecimal amount;
        private final Map<String, String> metrics = new LinkedHashMap<>();
        private String description = "";

        public ActivityTypeView getType() { return type; }
        public void setType(ActivityTypeView type) { this.type = type; }
        public Set<String> getCountries() { return countries; }
        public void setCountries(Set<String> countries) { this.countries = new HashSet<>(countries); }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
        public Map<String, String> getMetrics() { return metrics; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }

        ActivityData command() {
            Map<String, String> planned = new LinkedHashMap<>();
            type.metrics().forEach(m -> planned.put(m, metrics.getOrDefault(m, "").strip()));
            return new ActivityData(type.id(), Set.copyOf(countries), amount, planned,
                    description == null ? null : description.strip());
        }
    }

    /** Save: valid input for a new ({@code activityId} null) or existing activity of a campaign. */
    public static class SaveEvent extends ComponentEvent<ActivityForm> {
        private final long campaignId;
        private final Long activityId;
        private final ActivityData data;

        SaveEvent(ActivityForm source, long campaignId, Long activityId, ActivityData data) {
            super(source, false);
            this.campaignId = campaignId;
            this.activityId = activityId;
            this.data = data;
        }

        public long campaignId() { return campaignId; }
        public Long activityId() { return activityId; }
        public ActivityData data() { return data; }
    }

    final H3 heading = new H3();
    final ComboBox<ActivityTypeView> type = new ComboBox<>();
    final TypeRules rules = new TypeRules();
    final MultiSelectComboBox<String> countries = new MultiSelectComboBox<>();
    final BigDecimalField amount = new BigDecimalField();
    final FormLayout metricFields = new FormLayout();
    final Map<String, TextField> metrics = new LinkedHashMap<>();
    final TextArea description = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();
    final Binder<Draft> binder = new Binder<>();
    private final Binder.Binding<Draft, BigDecimal> amountBinding;
    private Draft draft = new Draft();
    private CampaignView campaign;
    private Long activityId;
    private BigDecimal room = BigDecimal.ZERO;
    /** What each capped type's per-period cap leaves for this activity, by type code (absent: no cap). */
    private Map<String, BigDecimal> capLeft = Map.of();
    private String currencyCode = "USD";
    private Consumer<BigDecimal> amountTyped = typed -> { };

    public ActivityForm() {
        setId("activity-form");
        addClassName("item-form");
        type.setId("activity-type");
        type.setWidthFull();
        type.setItemLabelGenerator(t -> TypeRules.typeName(this, t) + " · " + CatalogueNames.category(this, t.category()));
        countries.setId("activity-countries");
        countries.setWidthFull();
        countries.setItems(Arrays.stream(java.util.Locale.getISOCountries()).toList());
        countries.setItemLabelGenerator(code -> Formats.country(code, getLocale()) + " (" + code + ")");
        amount.setId("activity-amount");
        amount.setValueChangeMode(ValueChangeMode.EAGER);
        metricFields.setId("activity-metrics");
        description.setId("activity-description");
        description.setWidthFull();
        save.setId("activity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setId("activity-cancel");
        rules.setVisible(false);

        binder.setDefaultValidatorsEnabled(false);
        binder.forField(type).asRequired(v -> getTranslation("activity.type.required"))
                .bind(Draft::getType, Draft::setType);
        binder.forField(countries).asRequired(v -> getTranslation("activity.countries.required"))
                .bind(Draft::getCountries, Draft::setCountries);
        amountBinding = binder.forField(amount).asRequired(v -> getTranslation("activity.amount.required"))
                .withValidator((value, ctx) -> value.signum() > 0 ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("activity.amount.positive")))
                .withValidator((value, ctx) -> value.compareTo(room) <= 0 ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("activity.amount.overFund",
                        Formats.money(room, currencyCode, getLocale()))))
                .withValidator((value, ctx) -> capLeftFor(type.getValue()) == null
                        || value.compareTo(capLeftFor(type.getValue())) <= 0 ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("activity.amount.overCap",
                        Formats.money(capLeftFor(type.getValue()).max(BigDecimal.ZERO), currencyCode, getLocale()))))
                .bind(Draft::getAmount, Draft::setAmount);
        binder.forField(description).bind(Draft::getDescription, Draft::setDescription);

        type.addValueChangeListener(e -> {
            rules.show(e.getValue(), currencyCode);
            bindMetrics(e.getValue());
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
        this.currencyCode = currency;
        type.setItems(types.stream().filter(ActivityTypeView::active)
                .sorted(Comparator.comparing((ActivityTypeView t) -> t.category().ordinal())
                        .thenComparing(t -> TypeRules.typeName(this, t))).toList());
    }

    /**
     * Opens the form for a new activity (null) or an existing one of the campaign; {@code roomInFund}
     * is the most this activity may plan without taking the plan over what the fund has left.
     */
    public void edit(CampaignView inCampaign, ActivityView activity, List<ActivityTypeView> types,
                     BigDecimal roomInFund) {
        this.campaign = inCampaign;
        this.activityId = activity == null ? null : activity.id();
        this.room = roomInFund;
        this.capLeft = Map.of();
        draft = new Draft();
        bindMetrics(null);
        if (activity != null) {
            // by code: a draft may still point at a revision an admin's edit has replaced since
            draft.setType(types.stream().filter(t -> t.active() && t.code().equals(activity.activityTypeCode()))
                    .findFirst().orElse(null));
            draft.setCountries(activity.countries());
            draft.setAmount(activity.plannedAmount());
            draft.getMetrics().putAll(activity.plannedMetrics());
            draft.setDescription(activity.description() == null ? "" : activity.description());
        }
        binder.readBean(draft);
        bindMetrics(draft.getType());
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
        this.capLeft = Map.copyOf(leftByTypeCode);
        showCapLeft();
        if (!amount.isEmpty()) {
            amountBinding.validate();
        }
    }

    private BigDecimal capLeftFor(ActivityTypeView selected) {
        return selected == null ? null : capLeft.get(selected.code());
    }

    private void showCapLeft() {
        BigDecimal left = capLeftFor(type.getValue());
        if (left == null) {
            amount.setHelperText(null);
        } else if (left.signum() < 0) {
            amount.setHelperText(getTranslation("activity.amount.capExhausted",
                    Formats.money(left.negate(), currencyCode, getLocale())));
        } else {
            amount.setHelperText(getTranslation("activity.amount.capLeft", Formats.money(left, currencyCode, getLocale())));
        }
    }

    /** Called with every typed amount, so the running total follows the typing. */
    public void onAmountTyped(Consumer<BigDecimal> listener) {
        this.amountTyped = listener;
    }

    private void bindMetrics(ActivityTypeView selected) {
        Map<String, String> typed = new LinkedHashMap<>(draft.getMetrics());
        metrics.forEach((code, field) -> {
            if (!field.isEmpty()) {
                typed.put(code, field.getValue());
            }
            binder.removeBinding(field);
        });
        metrics.clear();
        metricFields.removeAll();
        if (selected == null) {
            return;
        }
        for (String code : selected.metrics()) {
            TextField field = new TextField(CatalogueNames.metric(this, selected, code));
            field.setId("activity-metric-" + code);
            field.setHelperText(getTranslation("activity.metric.helper"));
            binder.forField(field).asRequired(v -> getTranslation("activity.metric.required",
                            CatalogueNames.metric(this, selected, code)))
                    .bind(d -> d.getMetrics().getOrDefault(code, ""), (d, v) -> d.getMetrics().put(code, v));
            field.setValue(typed.getOrDefault(code, ""));
            metrics.put(code, field);
            metricFields.add(field);
        }
    }

    public boolean save() {
        if (campaign == null || !binder.writeBeanIfValid(draft)) {
            return false;
        }
        fireEvent(new SaveEvent(this, campaign.id(), activityId, draft.command()));
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
        amount.setLabel(getTranslation("activity.amount", currencyCode));
        description.setLabel(getTranslation("activity.description"));
        save.setText(getTranslation("activity.save"));
        cancel.setText(getTranslation("common.cancel"));
        type.getDataProvider().refreshAll();
        countries.getDataProvider().refreshAll();
        rules.show(type.getValue(), currencyCode);
        showCapLeft();
        metrics.forEach((code, field) -> field.setLabel(CatalogueNames.metric(this, type.getValue(), code)));
        showHeading();
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
