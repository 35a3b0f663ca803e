package works.incentives.web.claim;

import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.ClaimableView;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.plan.PlanCommands.ActivityView;
import works.incentives.domain.plan.PlanCommands.CampaignView;
import works.incentives.domain.plan.PlanCommands.PlanRow;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanQuery;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Role;

import works.incentives.web.component.wizard.DraftWorkspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the claim screens show about one claim, loaded fresh from the services on every
 * navigation, as DTOs (nothing of it outlives a request).
 */
record ClaimWorkspace(Actor actor, ClaimView claim, ClaimableActivity activity, ActivityTypeView type,
                      List<Problem> problems, LocalDate today) implements DraftWorkspace {

    /** The services the claim screens use, injected once into each view. */
    record Services(CurrentActor currentActor, ClaimService claims, PlanService plans, AllocationService allocations,
                    ProgramService programs, ProgramAdminService programAdmin, Clock clock) {

        LocalDate today() {
            return LocalDate.now(clock);
        }
    }

    static ClaimWorkspace of(Services services, long claimId) {
        Actor actor = services.currentActor().require();
        ClaimView claim = services.claims().get(claimId, actor);
        PlanView plan = services.plans().get(claim.planId(), actor);
        AllocationView fund = fund(services, actor, plan);
        ClaimableActivity activity = claimable(services, actor, plan, fund, claimId, false).stream()
                .filter(a -> claim.activityId() != null && a.activityId() == claim.activityId())
                .findFirst().orElse(null);
        // the revision the claim's activity was checked against, not today's catalogue
        ActivityTypeView type = services.claims().activityTypeOf(claimId, actor);
        List<Problem> problems = claim.status().editable() ? services.claims().check(claimId, actor) : List.of();
        return new ClaimWorkspace(actor, claim, activity, type, problems, services.today());
    }

    /**
     * The activities the partner may claim for, as the domain decides it ({@code ClaimEligibility}
     * through {@link ClaimService#claimable}: the server refuses any other); funds past their claim
     * deadline are left out.
     */
    static List<ClaimableActivity> claimableActivities(Services services) {
        Actor actor = services.currentActor().require();
        Set<PlanStatus> statuses = EnumSet.allOf(PlanStatus.class);
        statuses.remove(PlanStatus.REJECTED);
        List<PlanRow> rows = services.plans().findPlans(new PlanQuery(actor.partnerId(), null, statuses, null, null),
                0, 200, actor);
        List<ClaimableActivity> result = new ArrayList<>();
        for (PlanRow row : rows) {
            PlanView plan = services.plans().get(row.id(), actor);
            AllocationView fund = fund(services, actor, plan);
            if (fund != null && fund.daysLeft() < 0) {
                continue;
            }
            result.addAll(claimable(services, actor, plan, fund, null, true));
        }
        return result;
    }

    private static AllocationView fund(Services services, Actor actor, PlanView plan) {
        return services.allocations().allocationsOf(plan.partnerId(), actor).stream()
                .filter(f -> f.id() == plan.allocationId()).findFirst().orElse(null);
    }

    /**
     * The plan's activities with what other claims (not {@code exceptClaim}) ask of each and the most
     * a claim can ask now, from the server; {@code eligibleOnly} leaves out those the domain refuses.
     */
    private static List<ClaimableActivity> claimable(Services services, Actor actor, PlanView plan,
                                                     AllocationView fund, Long exceptClaim, boolean eligibleOnly) {
        Map<Long, ClaimableView> numbers = services.claims().claimable(plan.id(), exceptClaim, actor).stream()
                .collect(Collectors.toMap(ClaimableView::activityId, Function.identity()));
        List<ClaimableActivity> result = new ArrayList<>();
        for (CampaignView campaign : plan.campaigns()) {
            for (ActivityView activity : campaign.activities()) {
                ClaimableView n = numbers.get(activity.id());
                if (n == null || (eligibleOnly && !n.eligible())) {
                    continue;
                }
                result.add(new ClaimableActivity(plan.id(), plan.title(), plan.programId(), campaign.id(),
                        campaign.name(), campaign.start(), campaign.end(), activity.id(), activity.activityTypeCode(),
                        activity.description(), plan.currencyCode(), activity.plannedAmount(), n.claimedByOthers(),
                        fund == null ? null : fund.remaining(), fund == null ? null : fund.claimDeadline(),
                        fund == null ? 0 : fund.daysLeft(), n.maximumNow()));
            }
        }
        return result;
    }

    /** Partner admins submit, withdraw, answer and dispute; users prepare. */
    boolean mayAct() {
        return actor.role() == Role.INCENTIVES_ADMIN;
    }

    @Override
    public Long draftId() {
        return claim.id();
    }

    @Override
    public long draftVersion() {
        return claim.version();
    }

    @Override
    public boolean draftEditable() {
        return claim.status().editable();
    }

    @Override
    public String draftName() {
        return claim.name();
    }
}
