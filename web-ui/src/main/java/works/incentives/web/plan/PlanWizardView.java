package works.incentives.web.plan;

import com.vaadin.flow.component.dependency.StyleSheet;
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
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;
import works.incentives.web.component.Feedback;
import works.incentives.web.component.wizard.DraftWizardSetup;
import works.incentives.web.component.wizard.DraftWizardView;
import works.incentives.web.component.wizard.WizardStep;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The plan wizard. {@code plans/new} starts with the fund; from then on the plan id and the step
 * are in the URL ({@code plans/12/edit/campaigns}), every Next and every saved campaign or
 * activity goes through {@link PlanService} at once, so a closed browser or a restarted server
 * loses nothing and the partner resumes where they left. The orchestration is
 * {@link DraftWizardView}'s; this view knows the plan's steps and saves.
 */
@Route(value = "plans/:planId(\\d+)/edit/:step?", layout = MainLayout.class)
@RouteAlias(value = "plans/new", layout = MainLayout.class)
@RolesAllowed({Roles.INCENTIVES_USER, Roles.INCENTIVES_ADMIN})
@StyleSheet("context://styles/plan.css")
public class PlanWizardView extends DraftWizardView<PlanWorkspace> {

    private final PlanWorkspace.Services services;
    final FundStep fundStep = new FundStep();
    final BasicsStep basicsStep = new BasicsStep();
    final CampaignsStep campaignsStep = new CampaignsStep();
    final ActivitiesStep activitiesStep = new ActivitiesStep();
    final ReviewStep reviewStep = new ReviewStep();

    @Inject
    public PlanWizardView(CurrentActor currentActor, PlanService plans, AllocationService allocations,
                          ProgramService programs, ProgramAdminService programAdmin, GuidanceSnippetService snippets) {
        super(new DraftWizardSetup("planId", PlanSteps.MAP, MyPlansView.class, PlanDetailView.class, "wizard.plan"), snippets);
        this.services = new PlanWorkspace.Services(currentActor, plans, allocations, programs, programAdmin);
        setId("plan-wizard");
        heading.setId("plan-wizard-heading");
        add(heading, useSteps(fundStep, basicsStep, campaignsStep, activitiesStep, reviewStep));
        campaignsStep.addSaveListener(e -> saveCampaign(e.campaignId(), e));
        campaignsStep.addRemoveListener(e -> change(v -> plans.removeCampaign(draftId(), v, e.itemId(), actor())));
        activitiesStep.addSaveListener(e -> change(v -> e.activityId() == null
                ? plans.addActivity(draftId(), v, e.campaignId(), e.data(), actor())
                : plans.updateActivity(draftId(), v, e.activityId(), e.data(), actor()), activitiesStep::saved));
        activitiesStep.capLeftFrom(activityId -> Feedback.attempt(this,
                () -> plans.periodCapLeft(draftId(), activityId, actor())));
        activitiesStep.addRemoveListener(e -> change(v -> plans.removeActivity(draftId(), v, e.itemId(), actor())));
        reviewStep.addFixListener(e -> go(e.stepId(), e.problem().concerns()));
    }

    @Override
    protected PlanWorkspace load(long planId) {
        return PlanWorkspace.of(services, planId);
    }

    @Override
    protected PlanWorkspace startNew() {
        PlanWorkspace w = PlanWorkspace.forNewPlan(services);
        fundStep.show(w.funds(), w.programNames(), null, false, w.plansByFund(services));
        return w;
    }

    @Override
    protected void show(PlanWorkspace w) {
        PlanView plan = w.plan();
        fundStep.show(w.funds(), w.programNames(), plan.allocationId(), true);
        basicsStep.show(plan);
        campaignsStep.show(plan, w.period().usageStart(), w.period().usageEnd(), w.problems());
        BigDecimal available = w.fund() == null ? BigDecimal.ZERO : w.fund().uncommitted();
        activitiesStep.show(plan, w.types(), available, w.problems());
        reviewStep.summary.useCatalogue(w.types());
        reviewStep.show(plan, w.fundLabel(), w.problems(), w.maySubmit());
        wizard().setSubmitAllowed(w.maySubmit());
    }

    @Override
    protected Long saveStep(WizardStep step, boolean moveOn) {
        if (step == fundStep && workspace().draftId() == null) {
            PlanView created = create();
            return created == null ? null : created.id();
        }
        if (step == basicsStep && drafts().save(v -> services.plans().updateBasics(draftId(), v,
                basicsStep.bean().command(), actor())) == null) {
            return null;
        }
        return draftId();
    }

    private PlanView create() {
        var fund = fundStep.bean().getFund();
        String title = getTranslation("plan.defaultTitle", workspace().programNames().getOrDefault(fund.programId(), ""),
                fund.periodName());
        try {
            return services.plans().createDraft(new CreatePlan(fund.id(), title), actor());
        } catch (RuntimeException refused) {
            fundStep.refuse(Feedback.describe(this, refused));
            return null;
        }
    }

    private void saveCampaign(Long campaignId, CampaignForm.SaveEvent e) {
        PlanView saved = drafts().save(version -> campaignId == null
                ? services.plans().addCampaign(draftId(), version, e.data(), actor())
                : services.plans().updateCampaign(draftId(), version, campaignId, e.data(), actor()), refused -> {
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
        List<Long> before = workspace().plan().campaigns().stream().map(CampaignView::id).toList();
        reload();
        saved.campaigns().stream()
                .filter(c -> campaignId == null ? !before.contains(c.id()) : c.id() == campaignId)
                .findFirst().ifPresent(campaignsStep::saved);
    }

    /** A change through the service, then the screen shows the saved plan and what the server finds. */
    private void change(LongFunction<PlanView> call) {
        change(call, () -> { });
    }

    private void change(LongFunction<PlanView> call, Runnable afterSave) {
        if (drafts().save(call) != null) {
            reload();
            afterSave.run();
        }
    }

    @Override
    protected Object submitDraft(long planId, long version) {
        return services.plans().submit(planId, version, actor());
    }

    @Override
    protected void showSubmitProblems(List<Problem> problems) {
        reviewStep.showProblems(problems);
    }

    private Actor actor() {
        return workspace().actor();
    }
}
