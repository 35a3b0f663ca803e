package works.incentives.web.plan;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import works.incentives.web.component.DateField;
import works.incentives.domain.plan.PlanCommands.CampaignData;
import works.incentives.domain.plan.PlanCommands.CampaignView;

import java.time.LocalDate;

/**
 * Adds or edits one campaign. The dates must lie inside the usage period: it is shown next to the
 * date pickers, which refuse other dates, and the binder says so next to the field; a refusal
 * from the server is shown in the same place ({@link #refuseDates}).
 */
public class CampaignForm extends Div implements ItemForm, LocaleChangeObserver {

    /** Mutable bean of the form's buffered binder. */
    public static class Draft {
        private String name = "";
        private String objective = "";
        private LocalDate start;
        private LocalDate end;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getObjective() { return objective; }
        public void setObjective(String objective) { this.objective = objective; }
        public LocalDate getStart() { return start; }
        public void setStart(LocalDate start) { this.start = start; }
        public LocalDate getEnd() { return end; }
        public void setEnd(LocalDate end) { this.end = end; }

        CampaignData command() {
            return new CampaignData(name.strip(), objective == null ? null : objective.strip(), start, end);
        }
    }

    /** Save: valid input for a new ({@code campaignId} null) or an existing campaign. */
    public static class SaveEvent extends ComponentEvent<CampaignForm> {
        private final Long campaignId;
        private final CampaignData data;

        SaveEvent(CampaignForm source, Long campaignId, CampaignData data) {
            super(source, false);
            this.campaignId = campaignId;
            this.data = data;
        }

        public Long campaignId() { return campaignId; }
        public CampaignData data() { return data; }
    }

    /** Cancel: the edits are discarded. */
    public static class CancelEvent extends ComponentEvent<CampaignForm> {
        CancelEvent(CampaignForm source) {
            super(source, false);
        }
    }

    final H3 heading = new H3();
    final TextField name = new TextField();
    final TextArea objective = new TextArea();
    final DatePicker start = new DateField();
    final DatePicker end = new DateField();
    final Span usage = new Span();
    final Button save = new Button();
    final Button cancel = new Button();
    final Binder<Draft> binder = new Binder<>();
    private Draft draft;
    private Long campaignId;
    private LocalDate usageStart;
    private LocalDate usageEnd;

    public CampaignForm() {
        setId("campaign-form");
        addClassName("item-form");
        name.setId("campaign-name");
        name.setMaxLength(200);
        objective.setId("campaign-objective");
        start.setId("campaign-start");
        end.setId("campaign-end");
        usage.setId("campaign-usage-period");
        usage.addClassName("usage-period");
        save.setId("campaign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setId("campaign-cancel");
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).asRequired(v -> getTranslation("campaign.name.required"))
                .bind(Draft::getName, Draft::setName);
        binder.forField(objective).bind(Draft::getObjective, Draft::setObjective);
        binder.forField(start).asRequired(v -> getTranslation("campaign.start.required"))
                .withValidator((date, ctx) -> insideUsage(date))
                .bind(Draft::getStart, Draft::setStart);
        binder.forField(end).asRequired(v -> getTranslation("campaign.end.required"))
                .withValidator((date, ctx) -> insideUsage(date))
                .withValidator((date, ctx) -> start.getValue() == null || !date.isBefore(start.getValue())
                        ? ValidationResult.ok() : ValidationResult.error(getTranslation("campaign.end.beforeStart")))
                .bind(Draft::getEnd, Draft::setEnd);
        start.addValueChangeListener(e -> {
            if (e.getValue() != null && end.getValue() == null) {
                end.setInitialPosition(e.getValue());
            }
        });
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> {
            binder.readBean(draft);
            fireEvent(new CancelEvent(this));
        });
        FormLayout fields = new FormLayout(name, objective, start, end);
        fields.setColspan(objective, 2);
        add(heading, fields, usage, new HorizontalLayout(save, cancel));
    }

    private ValidationResult insideUsage(LocalDate date) {
        if (usageStart != null && (date.isBefore(usageStart) || date.isAfter(usageEnd))) {
            return ValidationResult.error(getTranslation("campaign.date.outsideUsage",
                    Formats.date(usageStart, getLocale()), Formats.date(usageEnd, getLocale())));
        }
        return ValidationResult.ok();
    }

    /** The usage period the dates must lie in: shown beside the pickers and set as their limits. */
    public void setUsagePeriod(LocalDate from, LocalDate to) {
        this.usageStart = from;
        this.usageEnd = to;
        start.setMin(from);
        start.setMax(to);
        end.setMin(from);
        end.setMax(to);
        start.setInitialPosition(from);
        end.setInitialPosition(from);
        showUsage();
    }

    /** Opens the form for a new campaign (null) or an existing one. */
    public void edit(CampaignView campaign) {
        campaignId = campaign == null ? null : campaign.id();
        draft = new Draft();
        if (campaign != null) {
            draft.setName(campaign.name());
            draft.setObjective(campaign.objective() == null ? "" : campaign.objective());
            draft.setStart(campaign.start());
            draft.setEnd(campaign.end());
        }
        binder.readBean(draft);
        showHeading();
        setVisible(true);
    }

    public Long campaignId() {
        return campaignId;
    }

    /** Validates and, when valid, fires {@link SaveEvent}; false when a field shows a message. */
    public boolean save() {
        if (!binder.writeBeanIfValid(draft)) {
            return false;
        }
        fireEvent(new SaveEvent(this, campaignId, draft.command()));
        return true;
    }

    /** Whether the partner typed something not yet saved. */
    public boolean hasChanges() {
        return isVisible() && binder.hasChanges();
    }

    /** The server refused the dates (e.g. outside the usage period): say so next to the date field. */
    public void refuseDates(String message) {
        start.setInvalid(true);
        start.setErrorMessage(message);
        start.focus();
    }

    /** The campaign was saved: from now on the form edits it. */
    void saved(long savedId) {
        campaignId = savedId;
        showHeading();
    }

    private void showHeading() {
        heading.setText(getTranslation(campaignId == null ? "campaign.new" : "campaign.edit"));
    }

    private void showUsage() {
        if (usageStart != null) {
            usage.setText(getTranslation("campaign.usagePeriod", Formats.date(usageStart, getLocale()),
                    Formats.date(usageEnd, getLocale())));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        name.setLabel(getTranslation("campaign.name"));
        objective.setLabel(getTranslation("campaign.objective"));
        start.setLabel(getTranslation("campaign.start"));
        end.setLabel(getTranslation("campaign.end"));
        save.setText(getTranslation("campaign.save"));
        cancel.setText(getTranslation("common.cancel"));
        showHeading();
        showUsage();
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
