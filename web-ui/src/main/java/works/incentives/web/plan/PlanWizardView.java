package works.incentives.web.plan;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.guidance.GuidanceSnippetService;
import works.incentives.domain.plan.PlanCommands.CampaignView;
import works.incentives.domain.plan.PlanCommands.CreatePlan;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;
import works.incentives.web.component.Feedback;
import works.incentives.web.component.wizard.DraftSaves;
import works.incentives.web.component.wizard.HelpPanel;
import works.incentives.web.component.wizard.Wizard;
import works.incentives.web.component.wizard.WizardStep;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The plan wizard. {@code plans/new} starts with the fund; from then on the plan id and the step
 * are in the URL ({@code plans/12/edit/campaigns}), every Next and every saved campaign or
 * activity goes through {@link PlanService} at once, so a closed browser or a restarted server
 * loses nothing and the partner resumes where they left.
 */
@Route(value = "plans/:planId(\\d+)/edit/:step?", layout = MainLayout.class)
@RouteAlias(value = "plans/new", layout = MainLayout.class)
@RolesAllowed({Roles.INCENTIVES_USER, Roles.INCENTIVES_ADMIN})
@StyleSheet("context://styles/plan.css")
public class PlanWizardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final PlanWorkspace.Services services;
    final H1 heading = new H1();
    final FundStep fundStep = new FundStep();
    final BasicsStep basicsStep = new BasicsStep();
    final CampaignsStep campaignsStep = new CampaignsStep();
    final ActivitiesStep activitiesStep = new ActivitiesStep();
    final ReviewStep reviewStep = new ReviewStep();
    final Wizard wizard = new Wizard(List.of(fundStep, basicsStep, campaignsStep, activitiesStep, reviewStep));
    private PlanWorkspace workspace;
    /** Every save carries the version of the plan on screen; a change by someone else reloads it. */
    private final DraftSaves drafts = new DraftSaves(this, () -> workspace.plan().version(), this::reload);

    @Inject
    public PlanWizardView(CurrentActor currentActor, PlanService plans, AllocationService allocations,
                          ProgramService programs, ProgramAdminService programAdmin, GuidanceSnippetService snippets) {
        this.services = new PlanWorkspace.Services(currentActor, plans, allocations, programs, programAdmin);
        wizard.setHelpOverrides(key -> snippets.textFor(key, HelpPanel.language(getLocale())));
        setId("plan-wizard");
        heading.setId("plan-wizard-heading");
        add(heading, wizard);
        wizard.addNextListener(e -> saveThen(e.getSource().following().stepId()));
        wizard.addSaveAndCloseListener(e -> saveThen(null));
        wizard.addBackListener(e -> go(wizard.preceding().stepId(), null));
        wizard.addStepChosenListener(e -> go(e.step().stepId(), null));
        wizard.addSubmitListener(e -> submit());
        campaignsStep.addSaveListener(e -> saveCampaign(e.campaignId(), e));
        campaignsStep.addRemoveListener(e -> change(v -> plans.removeCampaign(planId(), v, e.campaignId(), actor())));
        activitiesStep.addSaveListener(e -> change(v -> e.activityId() == null
                ? plans.addActivity(planId(), v, e.campaignId(), e.data(), actor())
                : plans.updateActivity(planId(), v, e.activityId(), e.data(), actor()), activitiesStep::saved));
        activitiesStep.capLeftFrom(activityId -> Feedback.attempt(this,
                () -> plans.periodCapLeft(planId(), activityId, actor())));
        activitiesStep.addRemoveListener(e -> change(v -> plans.removeActivity(planId(), v, e.activityId(), actor())));
        reviewStep.addFixListener(e -> go(e.stepId(), e.problem().concerns()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> planId = event.getRouteParameters().getLong("planId");
        String focus = event.getLocation().getQueryParameters().getSingleParameter("focus").orElse(null);
        if (planId.isEmpty()) {
            workspace = PlanWorkspace.forNewPlan(services);
            fundStep.show(workspace.funds(), workspace.programNames(), null, false);
            wizard.setStepsSelectable(false);
            wizard.show(PlanSteps.FUND, Map.of());
            heading.setText(getTranslation("wizard.plan.newHeading"));
            return;
        }
        workspace = Feedback.attempt(this, () -> PlanWorkspace.of(services, planId.get()));
        if (workspace == null) {
            event.forwardTo(MyPlansView.class);
            return;
        }
        if (workspace.plan().status() != PlanStatus.DRAFT) {
            event.forwardTo(PlanDetailView.class, PlanDetailView.parameters(planId.get()));
            return;
        }
        String step = event.getRouteParameters().get("step").filter(PlanSteps.ORDER::contains).orElse(null);
        if (step == null) {
            event.forwardTo(PlanSteps.route(planId.get(), PlanSteps.resumeStep(workspace.problems())));
            return;
        }
        showAll();
        wizard.show(step, PlanSteps.withProblems(workspace.problems()));
        if (focus != null) {
            wizard.current().focus(focus);
        }
    }

    /** Feeds every step from the workspace. */
    private void showAll() {
        PlanWorkspace w = workspace;
        PlanView plan = w.plan();
        fundStep.show(w.funds(), w.programNames(), plan.allocationId(), true);
        basicsStep.show(plan);
        campaignsStep.show(plan, w.period().usageStart(), w.period().usageEnd(), w.problems());
        BigDecimal available = w.fund() == null ? BigDecimal.ZERO : w.fund().uncommitted();
        activitiesStep.show(plan, w.types(), available, w.problems());
        reviewStep.summary.useCatalogue(w.types());
        reviewStep.show(plan, w.fundLabel(), w.problems(), w.maySubmit());
        wizard.setSubmitAllowed(w.maySubmit());
        wizard.setStepsSelectable(true);
        heading.setText(getTranslation("wizard.plan.heading", plan.title() == null ? "" : plan.title()));
    }

    /** Saves what the current step committed, then opens {@code nextStep} (null: back to My plans). */
    private void saveThen(String nextStep) {
        WizardStep step = wizard.current();
        Long id = workspace.plan() == null ? null : workspace.plan().id();
        if (step == fundStep && id == null) {
            PlanView created = create();
            if (created == null) {
                return;
            }
            id = created.id();
        } else if (step == basicsStep) {
            long planId = id;
            if (drafts.save(v -> services.plans().updateBasics(planId, v, basicsStep.bean().command(), actor())) == null) {
                return;
            }
        }
        if (nextStep == null) {
            Feedback.success(getTranslation("wizard.saved"));
            UI.getCurrent().navigate(MyPlansView.class);
        } else {
            UI.getCurrent().navigate(PlanSteps.route(id, nextStep));
        }
    }

    private PlanView create() {
        var fund = fundStep.bean().getFund();
        String title = getTranslation("plan.defaultTitle", workspace.programNames().getOrDefault(fund.programId(), ""),
                fund.periodName());
        try {
            return services.plans().createDraft(new CreatePlan(fund.id(), title), actor());
        } catch (RuntimeException refused) {
            fundStep.refuse(Feedback.describe(this, refused));
            return null;
        }
    }

    private void saveCampaign(Long campaignId, CampaignForm.SaveEvent e) {
        PlanView saved = drafts.save(version -> campaignId == null
                ? services.plans().addCampaign(planId(), version, e.data(), actor())
                : services.plans().updateCampaign(planId(), version, campaignId, e.data(), actor()), refused -> {
            String message = Feedback.describe(this, refused);
            if (refused instanceof DomainRuleViolation v && (v.rule() == Rule.PLAN_CAMPAIGN_OUTSIDE_USAGE_PERIOD
                    || v.rule() == Rule.DATE_RANGE_INVERTED)) {
                campaignsStep.form.refuseDates(message);
            } else {
                Feedback.error(this, message);
            }
        });
        if (saved == null) {
            return;
        }
        List<Long> before = workspace.plan().campaigns().stream().map(CampaignView::id).toList();
        reload();
        CampaignView campaign = saved.campaigns().stream()
                .filter(c -> campaignId == null ? !before.contains(c.id()) : c.id() == campaignId)
                .findFirst().orElse(null);
        if (campaign != null) {
            campaignsStep.saved(campaign);
        }
    }

    /** A change through the service, then the screen shows the saved plan and what the server finds. */
    private void change(LongFunction<PlanView> call) {
        change(call, () -> { });
    }

    private void change(LongFunction<PlanView> call, Runnable afterSave) {
        if (drafts.save(call) != null) {
            reload();
            afterSave.run();
        }
    }

    /** The plan as stored now, at the current step; a plan someone else submitted opens read-only. */
    private void reload() {
        PlanWorkspace fresh = Feedback.attempt(this, () -> PlanWorkspace.of(services, planId()));
        if (fresh != null && fresh.plan().status() != PlanStatus.DRAFT) {
            UI.getCurrent().navigate(PlanDetailView.class, PlanDetailView.parameters(planId()));
        } else if (fresh != null) {
            workspace = fresh;
            showAll();
            wizard.show(wizard.current().stepId(), PlanSteps.withProblems(workspace.problems()));
        }
    }

    private void submit() {
        PlanView submitted = drafts.save(v -> services.plans().submit(planId(), v, actor()), refused -> {
            Feedback.error(this, Feedback.describe(this, refused));
            if (refused instanceof DomainRuleViolation v && !v.problems().isEmpty()) {
                reviewStep.showProblems(v.problems());
            }
        });
        if (submitted == null) {
            return;
        }
        Feedback.success(getTranslation("wizard.submitted"));
        UI.getCurrent().navigate(PlanDetailView.class, PlanDetailView.parameters(planId()));
    }

    private void go(String stepId, String focus) {
        if (workspace.plan() == null) {
            return;
        }
        String route = PlanSteps.route(planId(), stepId);
        UI.getCurrent().navigate(route, focus == null ? QueryParameters.empty()
                : QueryParameters.of("focus", focus));
    }

    private long planId() {
        return workspace.plan().id();
    }

    private works.incentives.domain.shared.Actor actor() {
        return workspace.actor();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (workspace != null && workspace.plan() != null) {
            heading.setText(getTranslation("wizard.plan.heading", workspace.plan().title()));
        } else {
            heading.setText(getTranslation("wizard.plan.newHeading"));
        }
    }

    @Override
    public String getPageTitle() {
        String plan = workspace == null || workspace.plan() == null ? getTranslation("wizard.plan.newHeading")
                : getTranslation("wizard.plan.heading", workspace.plan().title());
        return plan + " | " + getTranslation("app.name");
    }
}
