package works.incentives.web.plan;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import works.incentives.domain.plan.PlanCommands.ActivityView;
import works.incentives.domain.plan.PlanCommands.CampaignView;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.web.i18n.CatalogueNames;
import works.incentives.web.i18n.LocalFormats;
import works.incentives.domain.shared.Problem;
import works.incentives.web.component.wizard.WizardStep;
import works.incentives.web.guidance.GuidanceLink;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Step 4: the activities of each campaign, each saved through the service when the partner saves
 * it, with the running total against what the fund can still reserve.
 */
public class ActivitiesStep extends WizardStep implements LocaleChangeObserver {

    final BudgetSummary budget = new BudgetSummary();
    final Div campaignList = new Div();
    final Paragraph noCampaigns = new Paragraph();
    final ActivityForm form = new ActivityForm();
    private PlanView plan;
    private List<ActivityTypeView> types = List.of();
    private List<Problem> problems = List.of();
    private BigDecimal available = BigDecimal.ZERO;
    private Function<Long, Map<String, BigDecimal>> capLeft = activityId -> Map.of();

    public ActivitiesStep() {
        super(PlanSteps.ACTIVITIES);
        campaignList.setId("activity-campaigns");
        noCampaigns.setId("activities-no-campaigns");
        form.setVisible(false);
        form.onAmountTyped(this::previewTotal);
        add(budget, campaignList, noCampaigns, form);
    }

    /**
     * Shows the plan's activities; {@code availableInFund} is what the fund can still reserve
     * (its uncommitted money) — the plan's total must stay within it.
     */
    public void show(PlanView shown, List<ActivityTypeView> catalogue, BigDecimal availableInFund, List<Problem> found) {
        this.plan = shown;
        this.types = List.copyOf(catalogue);
        this.available = availableInFund;
        this.problems = List.copyOf(found);
        form.setTypes(types, plan.currencyCode());
        budget.show(plan.plannedTotal(), available, plan.currencyCode());
        render();
    }

    /**
     * Where the form learns what each capped type's per-period cap leaves for an activity (null: a
     * new one), summed across the partner's plans: the view asks the plan service.
     */
    public void capLeftFrom(Function<Long, Map<String, BigDecimal>> source) {
        this.capLeft = source;
    }

    /** The save went through: close the form. */
    public void saved() {
        form.setVisible(false);
    }

    private void render() {
        campaignList.removeAll();
        if (plan == null) {
            return;
        }
        List<CampaignView> campaigns = plan.campaigns();
        for (int c = 0; c < campaigns.size(); c++) {
            CampaignView campaign = campaigns.get(c);
            Div section = new Div();
            section.setId("activity-campaign-" + c);
            section.addClassName("campaign-section");
            section.add(new H3(campaign.name()));
            problems.stream().filter(p -> ("campaign:" + campaign.id()).equals(p.concerns()))
                    .forEach(p -> section.add(ProblemText.of(this, p)));
            List<ActivityView> activities = campaign.activities();
            for (int a = 0; a < activities.size(); a++) {
                section.add(card(c, a, campaign, activities.get(a)));
            }
            Button add = new Button(getTranslation("activity.add"), VaadinIcon.PLUS.create(),
                    e -> open(campaign, null));
            add.setId("activity-add-" + c);
            add.getElement().setAttribute("aria-label", getTranslation("activity.add.aria", campaign.name()));
            section.add(add);
            campaignList.add(section);
        }
        problems.stream().filter(p -> PlanSteps.stepOf(p).equals(PlanSteps.ACTIVITIES)
                        && (p.concerns() == null || "plan".equals(p.concerns())))
                .forEach(p -> campaignList.addComponentAsFirst(ProblemText.of(this, p)));
        noCampaigns.setText(getTranslation("activities.noCampaigns"));
        noCampaigns.setVisible(campaigns.isEmpty());
    }

    private Div card(int c, int a, CampaignView campaign, ActivityView activity) {
        String typeName = CatalogueNames.activityType(this, types, activity.activityTypeCode());
        Span name = new Span(typeName);
        name.addClassName("item-name");
        Span where = new Span(LocalFormats.countries(activity.countries(), getLocale()));
        Span amount = new Span(Formats.money(activity.plannedAmount(), plan.currencyCode(), getLocale()));
        amount.addClassName("amount");
        Button edit = new Button(getTranslation("item.edit"), VaadinIcon.EDIT.create(), e -> open(campaign, activity));
        edit.setId("activity-edit-" + c + "-" + a);
        edit.getElement().setAttribute("aria-label", getTranslation("activity.edit.aria", typeName));
        Button remove = new Button(getTranslation("item.remove"), VaadinIcon.TRASH.create(),
                e -> fireEvent(new RemoveEvent(this, activity.id())));
        remove.setId("activity-remove-" + c + "-" + a);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.getElement().setAttribute("aria-label", getTranslation("activity.remove.aria", typeName));
        Div card = new Div(new HorizontalLayout(name, where, amount, edit, remove));
        card.setId("activity-" + c + "-" + a);
        card.addClassName("item-card");
        String ref = "activity:" + activity.id();
        problems.stream().filter(p -> p.concerns() != null
                        && (p.concerns().equals(ref) || p.concerns().startsWith(ref + "/")))
                .forEach(p -> card.add(ProblemText.of(this, p)));
        return card;
    }

    void open(CampaignView campaign, ActivityView activity) {
        BigDecimal others = plan.plannedTotal().subtract(activity == null ? BigDecimal.ZERO : activity.plannedAmount());
        form.edit(campaign, activity, types, available.subtract(others).max(BigDecimal.ZERO));
        Map<String, BigDecimal> left = capLeft.apply(activity == null ? null : activity.id());
        form.setCapLeft(left == null ? Map.of() : left);
        form.type.focus();
    }

    /** The running total as it would be with the typed amount in place of the edited activity's. */
    void previewTotal(BigDecimal typed) {
        if (plan == null) {
            return;
        }
        BigDecimal total = plan.plannedTotal();
        if (form.activityId() != null) {
            total = total.subtract(plan.campaigns().stream().flatMap(c -> c.activities().stream())
                    .filter(a -> a.id() == form.activityId()).map(ActivityView::plannedAmount)
                    .findFirst().orElse(BigDecimal.ZERO));
        }
        budget.preview(typed == null ? total : total.add(typed));
    }

    /** Next with the form open saves it first, and stays when it is invalid or the server refuses it. */
    @Override
    public boolean commit() {
        return form.commitOnNext();
    }

    @Override
    public void discard() {
        form.setVisible(false);
        if (plan != null) {
            budget.preview(plan.plannedTotal());
        }
    }

    @Override
    public void focus(String concerns) {
        if (plan == null) {
            return;
        }
        Long activityId = PlanSteps.idOf(concerns, "activity");
        Long campaignId = PlanSteps.idOf(concerns, "campaign");
        for (CampaignView campaign : plan.campaigns()) {
            if (campaignId != null && campaign.id() == campaignId) {
                open(campaign, null);
                return;
            }
            for (ActivityView activity : campaign.activities()) {
                if (activityId != null && activity.id() == activityId) {
                    open(campaign, activity);
                    String metric = concerns.contains("/metric:") ? concerns.substring(concerns.indexOf("/metric:") + 8) : null;
                    if (metric != null && form.metricFields.fields.containsKey(metric)) {
                        form.metricFields.fields.get(metric).focus();
                    } else if (activity.countries().isEmpty()) {
                        form.countries.focus();
                    } else {
                        form.amount.focus();
                    }
                    return;
                }
            }
        }
    }

    @Override
    public List<GuidanceLink> guidance() {
        return List.of(PlanGuidance.ACTIVITIES, PlanGuidance.DEMAND_GENERATION, PlanGuidance.MARKET_DEVELOPMENT,
                PlanGuidance.PARTNER_READINESS, PlanGuidance.EVIDENCE, PlanGuidance.CAPS);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
        if (plan != null) {
            budget.show(budget.planned(), available, plan.currencyCode());
        }
    }

    public Registration addSaveListener(ComponentEventListener<ActivitySaveEvent> listener) {
        return form.addSaveListener(listener);
    }

    public Registration addRemoveListener(ComponentEventListener<RemoveEvent> listener) {
        return addListener(RemoveEvent.class, listener);
    }
}
