package works.incentives.web.plan;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import works.incentives.domain.plan.PlanCommands.CampaignView;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;
import works.incentives.web.component.wizard.WizardStep;
import works.incentives.web.guidance.GuidanceLink;
import works.incentives.web.i18n.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 3: the plan's campaigns, each saved on its own through the service as soon as the partner
 * saves it (so nothing is lost), with the problems the server finds shown on the campaign.
 */
public class CampaignsStep extends WizardStep implements LocaleChangeObserver {

    final Paragraph usage = new Paragraph();
    final Div list = new Div();
    final Paragraph empty = new Paragraph();
    final Button add = new Button(VaadinIcon.PLUS.create());
    final CampaignForm form = new CampaignForm();
    private List<CampaignView> campaigns = List.of();
    private List<Problem> problems = List.of();
    private LocalDate usageStart;
    private LocalDate usageEnd;

    public CampaignsStep() {
        super(PlanSteps.CAMPAIGNS);
        usage.setId("campaigns-usage-period");
        list.setId("campaign-list");
        list.addClassName("item-list");
        empty.setId("campaigns-empty");
        add.setId("campaign-add");
        form.setVisible(false);
        add.addClickListener(e -> form.edit(null));
        form.addCancelListener(e -> form.setVisible(false));
        add(usage, list, empty, add, form);
    }

    /** Shows the plan's campaigns, the usage period their dates must lie in, and what the server found. */
    public void show(PlanView plan, LocalDate usageFrom, LocalDate usageTo, List<Problem> found) {
        this.campaigns = plan.campaigns();
        this.problems = List.copyOf(found);
        this.usageStart = usageFrom;
        this.usageEnd = usageTo;
        form.setUsagePeriod(usageFrom, usageTo);
        render();
    }

    /** The save went through: close the form, unless the server still finds its dates outside the period. */
    public void saved(CampaignView campaign) {
        Problem outside = problems.stream().filter(p -> p.rule() == Rule.PLAN_CAMPAIGN_OUTSIDE_USAGE_PERIOD
                && ("campaign:" + campaign.id()).equals(p.concerns())).findFirst().orElse(null);
        if (outside != null) {
            form.edit(campaign);
            form.refuseDates(Messages.of(this, outside));
        } else {
            form.setVisible(false);
        }
    }

    private void render() {
        list.removeAll();
        for (int i = 0; i < campaigns.size(); i++) {
            list.add(card(i, campaigns.get(i)));
        }
        empty.setVisible(campaigns.isEmpty());
        showTexts();
    }

    private Div card(int index, CampaignView campaign) {
        Span name = new Span(campaign.name());
        name.addClassName("item-name");
        Span dates = new Span(getTranslation("campaign.dates", Formats.date(campaign.start(), getLocale()),
                Formats.date(campaign.end(), getLocale())));
        Button edit = new Button(getTranslation("item.edit"), VaadinIcon.EDIT.create(), e -> form.edit(campaign));
        edit.setId("campaign-edit-" + index);
        edit.getElement().setAttribute("aria-label", getTranslation("campaign.edit.aria", campaign.name()));
        Button remove = new Button(getTranslation("item.remove"), VaadinIcon.TRASH.create(),
                e -> fireEvent(new RemoveEvent(this, campaign.id())));
        remove.setId("campaign-remove-" + index);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.getElement().setAttribute("aria-label", getTranslation("campaign.remove.aria", campaign.name()));
        Div card = new Div(new HorizontalLayout(name, dates, edit, remove));
        card.setId("campaign-" + index);
        card.addClassName("item-card");
        for (Problem problem : problemsOf(campaign)) {
            card.add(ProblemText.of(this, problem));
        }
        return card;
    }

    List<Problem> problemsOf(CampaignView campaign) {
        String ref = "campaign:" + campaign.id();
        List<Problem> own = new ArrayList<>();
        for (Problem p : problems) {
            if (ref.equals(p.concerns()) && PlanSteps.stepOf(p).equals(PlanSteps.CAMPAIGNS)) {
                own.add(p);
            }
        }
        return own;
    }

    /** Next with the form open saves it first, and stays when it is invalid or the server refuses it. */
    @Override
    public boolean commit() {
        return form.commitOnNext();
    }

    @Override
    public void discard() {
        form.setVisible(false);
    }

    @Override
    public void focus(String concerns) {
        Long id = PlanSteps.idOf(concerns, "campaign");
        campaigns.stream().filter(c -> id != null && c.id() == id).findFirst().ifPresentOrElse(c -> {
            form.edit(c);
            problemsOf(c).stream().filter(p -> p.rule() == Rule.PLAN_CAMPAIGN_OUTSIDE_USAGE_PERIOD).findFirst()
                    .ifPresentOrElse(p -> form.refuseDates(Messages.of(this, p)), form.name::focus);
        }, add::focus);
    }

    @Override
    public List<GuidanceLink> guidance() {
        return List.of(PlanGuidance.CAMPAIGNS, PlanGuidance.DEADLINES);
    }

    private void showTexts() {
        if (usageStart != null) {
            usage.setText(getTranslation("campaigns.usagePeriod", Formats.date(usageStart, getLocale()),
                    Formats.date(usageEnd, getLocale())));
        }
        empty.setText(getTranslation("campaigns.empty"));
        add.setText(getTranslation("campaign.add"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    public Registration addSaveListener(ComponentEventListener<CampaignForm.SaveEvent> listener) {
        return form.addSaveListener(listener);
    }

    public Registration addRemoveListener(ComponentEventListener<RemoveEvent> listener) {
        return addListener(RemoveEvent.class, listener);
    }
}
