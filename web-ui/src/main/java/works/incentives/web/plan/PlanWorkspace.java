package works.incentives.web.plan;

import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.FundingPeriodView;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Problem;

import works.incentives.web.component.wizard.DraftWorkspace;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything the plan screens show about one plan, loaded fresh from the services on every
 * navigation (nothing of it outlives a request but DTOs).
 */
record PlanWorkspace(Actor actor, List<AllocationView> funds, Map<Long, String> programNames, PlanView plan,
                     AllocationView fund, FundingPeriodView period, List<ActivityTypeView> types,
                     List<Problem> problems) implements DraftWorkspace {

    /** The services the plan screens use, injected once into each view. */
    record Services(CurrentActor currentActor, PlanService plans, AllocationService allocations,
                    ProgramService programs, ProgramAdminService programAdmin) {
    }

    static PlanWorkspace forNewPlan(Services services) {
        Actor actor = services.currentActor().require();
        return new PlanWorkspace(actor, services.allocations().allocationsOf(actor.partnerId(), actor),
                programNames(services), null, null, null, List.of(), List.of());
    }

    static PlanWorkspace of(Services services, long planId) {
        Actor actor = services.currentActor().require();
        PlanView plan = services.plans().get(planId, actor);
        List<AllocationView> funds = services.allocations().allocationsOf(plan.partnerId(), actor);
        AllocationView fund = funds.stream().filter(f -> f.id() == plan.allocationId()).findFirst().orElse(null);
        FundingPeriodView period = services.programAdmin().listFundingPeriods(plan.programId()).stream()
                .filter(p -> p.id() == plan.fundingPeriodId()).findFirst().orElseThrow();
        return new PlanWorkspace(actor, funds, programNames(services), plan, fund, period,
                services.programAdmin().listActivityTypes(plan.programId()),
                services.plans().check(planId, actor));
    }

    static Map<Long, String> programNames(Services services) {
        return services.programs().listPrograms().stream()
                .collect(Collectors.toMap(ProgramSummary::id, ProgramSummary::name));
    }

    /** The partner's existing plan per fund id (a new plan cannot take those funds). */
    Map<Long, works.incentives.domain.plan.PlanCommands.PlanRow> plansByFund(Services services) {
        Map<Long, works.incentives.domain.plan.PlanCommands.PlanRow> byFund = new java.util.HashMap<>();
        for (AllocationView fund : funds) {
            services.plans().planForFund(fund.id(), actor).ifPresent(plan -> byFund.put(fund.id(), plan));
        }
        return byFund;
    }

    String fundLabel() {
        return plan == null ? "" : programNames.getOrDefault(plan.programId(), "?")
                + " · " + (period == null ? "" : period.name());
    }

    boolean maySubmit() {
        return actor.role() == works.incentives.domain.shared.Role.INCENTIVES_ADMIN;
    }

    @Override
    public Long draftId() {
        return plan == null ? null : plan.id();
    }

    @Override
    public long draftVersion() {
        return plan.version();
    }

    @Override
    public boolean draftEditable() {
        return plan.status() == works.incentives.domain.plan.PlanStatus.DRAFT;
    }

    /** Activities mean the partner got to the activities step; campaigns, to the campaigns; a draft exists from the basics on. */
    @Override
    public String furthestStepStarted() {
        if (plan == null) {
            return null;
        }
        if (plan.campaigns().stream().anyMatch(c -> !c.activities().isEmpty())) {
            return PlanSteps.ACTIVITIES;
        }
        return plan.campaigns().isEmpty() ? PlanSteps.BASICS : PlanSteps.CAMPAIGNS;
    }

    @Override
    public String draftName() {
        return plan == null ? null : plan.title();
    }
}
