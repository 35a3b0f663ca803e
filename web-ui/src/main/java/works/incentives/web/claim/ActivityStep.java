package works.incentives.web.claim;

import works.incentives.web.i18n.CatalogueNames;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import works.incentives.web.component.wizard.WizardStep;
import works.incentives.web.guidance.GuidanceLink;
import works.incentives.web.plan.Formats;

import java.util.List;

/**
 * Step 1: which executed activity this proof is for. Only activities the partner may claim are
 * offered, each with what is left of its approved amount and the days left to claim. Once the
 * draft exists the activity is fixed (the claim's currency, type and checks follow from it).
 */
public class ActivityStep extends WizardStep implements LocaleChangeObserver {

    final RadioButtonGroup<ClaimableActivity> choice = new RadioButtonGroup<>();
    final Paragraph empty = new Paragraph();
    private List<ClaimableActivity> offered = List.of();
    private boolean fixed;

    public ActivityStep() {
        super(ClaimSteps.ACTIVITY, "claim.step.");
        choice.setId("claim-activity-choice");
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setRenderer(new ComponentRenderer<>(this::option));
        choice.addValueChangeListener(e -> choice.setInvalid(false));
        empty.setId("claim-activity-none");
        add(choice, empty);
    }

    /** A new claim: every claimable activity, none chosen. */
    public void offer(List<ClaimableActivity> activities) {
        this.offered = List.copyOf(activities);
        this.fixed = false;
        choice.setItems(offered);
        choice.setReadOnly(false);
        render();
    }

    /** An existing claim: its activity, shown but not changeable. */
    private List<works.incentives.domain.program.ProgramCommands.ActivityTypeView> catalogue = List.of();

    /** The catalogue the offered activities' types are named from. */
    public void useCatalogue(List<works.incentives.domain.program.ProgramCommands.ActivityTypeView> types) {
        this.catalogue = List.copyOf(types);
    }

    public void showChosen(ClaimableActivity activity) {
        this.offered = activity == null ? List.of() : List.of(activity);
        this.fixed = true;
        choice.setItems(offered);
        if (activity != null) {
            choice.setValue(activity);
        }
        choice.setReadOnly(true);
        render();
    }

    /** Chooses the offered activity with this id (as text, from an address); nothing when it is not offered. */
    public void choose(String activityId) {
        offered.stream().filter(a -> String.valueOf(a.activityId()).equals(activityId)).findFirst()
                .ifPresent(choice::setValue);
    }

    public ClaimableActivity selected() {
        return choice.getValue();
    }

    @Override
    public boolean commit() {
        if (fixed) {
            return true;
        }
        if (choice.getValue() == null) {
            choice.setErrorMessage(getTranslation("claim.activity.required"));
            choice.setInvalid(true);
            return false;
        }
        return true;
    }

    /** The server refused to start the claim: say why next to the choice. */
    public void refuse(String message) {
        choice.setErrorMessage(message);
        choice.setInvalid(true);
    }

    Div option(ClaimableActivity a) {
        Span name = new Span(getTranslation("claim.activity.option", CatalogueNames.activityType(this, catalogue, a.activityTypeCode()),
                a.campaignName(), a.planTitle() == null ? "" : a.planTitle()));
        name.addClassName("claim-activity-name");
        Span details = new Span(details(a));
        details.addClassName("claim-activity-details");
        Span money = new Span(getTranslation("claim.activity.remaining",
                Formats.money(a.remaining(), a.currencyCode(), getLocale()),
                Formats.money(a.approvedAmount(), a.currencyCode(), getLocale())));
        money.addClassName("claim-activity-remaining");
        Span deadline = new Span(deadlineText(a));
        deadline.addClassName("claim-activity-deadline");
        if (a.claimDeadline() != null && a.daysLeft() < ClaimDeadlines.WARNING_DAYS) {
            deadline.addClassName("warning");
        }
        Div option = new Div(name, details, money, deadline);
        option.setId("claim-activity-option-" + a.activityId());
        option.addClassName("claim-activity-option");
        option.getElement().setAttribute("data-activity-type", a.activityTypeCode());
        return option;
    }

    /**
     * What tells activities of the same type and campaign name apart: the activity's own description
     * and the campaign's dates (issue 15); the amount left follows on its own line.
     */
    String details(ClaimableActivity a) {
        String dates = getTranslation("claim.activity.campaignDates", Formats.date(a.campaignStart(), getLocale()),
                Formats.date(a.campaignEnd(), getLocale()));
        return a.description() == null || a.description().isBlank() ? dates
                : getTranslation("claim.activity.described", a.description().strip(), dates);
    }

    String deadlineText(ClaimableActivity a) {
        if (a.claimDeadline() == null) {
            return "";
        }
        return getTranslation("claim.activity.deadline", Formats.date(a.claimDeadline(), getLocale()),
                ClaimDeadlines.daysLeft(this, a.daysLeft()));
    }

    private void render() {
        choice.setLabel(getTranslation(fixed ? "claim.activity.chosen" : "claim.activity.label"));
        empty.setText(getTranslation("claim.activity.none"));
        empty.setVisible(offered.isEmpty());
        choice.setVisible(!offered.isEmpty());
        ClaimableActivity chosen = choice.getValue();
        choice.getDataProvider().refreshAll();
        choice.setValue(chosen);
    }

    @Override
    public List<GuidanceLink> guidance() {
        return List.of(ClaimGuidance.CHOOSE_ACTIVITY, ClaimGuidance.DEADLINES, ClaimGuidance.FUNDS_AND_EXPIRY);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }
}
