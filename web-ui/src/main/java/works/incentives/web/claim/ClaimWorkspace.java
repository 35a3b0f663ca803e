package works.incentives.web.claim;

import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimQuery;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
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
import works.incentives.domain.program.ProgramSummary;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Role;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
                      List<Problem> problems, LocalDate today) {

    /** Plans with more than this many live claims are summed from the first page only. */
    static final int CLAIMS_PER_PLAN = 500;

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
        ClaimableActivity activity = claimable(services, actor, plan, fund, claimId).stream()
                .filter(a -> claim.activityId() != null && a.activityId() == claim.activityId())
                .findFirst().orElse(null);
        // the revision the claim's activity was checked against, not today's catalogue
        ActivityTypeView type = services.claims().activityTypeOf(claimId, actor);
        List<Problem> problems = claim.status().editable() ? services.claims().check(claimId, actor) : List.of();
        return new ClaimWorkspace(actor, claim, activity, type, problems, services.today());
    }

    /**
     * The activities the partner may claim for: those of approved plans, and in programs that
     * need no pre-approval those of any plan not rejected; funds past their claim deadline are left out.
     */
    static List<ClaimableActivity> claimableActivities(Services services) {
        Actor actor = services.currentActor().require();
        Map<Long, ProgramSummary> programs = services.programs().listPrograms().stream()
                .collect(Collectors.toMap(ProgramSummary::id, Function.identity()));
        Set<PlanStatus> statuses = EnumSet.allOf(PlanStatus.class);
        statuses.remove(PlanStatus.REJECTED);
        List<PlanRow> rows = services.plans().findPlans(new PlanQuery(actor.partnerId(), null, statuses, null, null),
                0, 200, actor);
        List<ClaimableActivity> result = new ArrayList<>();
        for (PlanRow row : rows) {
            ProgramSummary program = programs.get(row.programId());
            boolean open = row.status() == PlanStatus.APPROVED
                    || (program != null && !program.planPreApprovalRequired());
            if (!open) {
                continue;
            }
            PlanView plan = services.plans().get(row.id(), actor);
            AllocationView fund = fund(services, actor, plan);
            if (fund != null && fund.daysLeft() < 0) {
                continue;
            }
            result.addAll(claimable(services, actor, plan, fund, null));
        }
        return result;
    }

    private static AllocationView fund(Services services, Actor actor, PlanView plan) {
        return services.allocations().allocationsOf(plan.partnerId(), actor).stream()
                .filter(f -> f.id() == plan.allocationId()).findFirst().orElse(null);
    }

    /** The plan's activities with what other live claims (not {@code exceptClaim}) hold of each. */
    private static List<ClaimableActivity> claimable(Services services, Actor actor, PlanView plan,
                                                     AllocationView fund, Long exceptClaim) {
        Set<ClaimStatus> holding = Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::holdsFunds)
                .collect(Collectors.toSet());
        Map<Long, BigDecimal> held = new java.util.HashMap<>();
        services.claims().findClaimsForReview(new ClaimQuery(plan.partnerId(), null, plan.id(), holding, null, null),
                        0, CLAIMS_PER_PLAN, ClaimQuery.Sort.ID, actor).stream()
                .filter(row -> exceptClaim == null || row.id() != exceptClaim)
                .filter(row -> row.amount() != null)
                .forEach(row -> {
                    Long activityId = services.claims().get(row.id(), actor).activityId();
                    if (activityId != null) {
                        held.merge(activityId, row.amount(), BigDecimal::add);
                    }
                });
        List<ClaimableActivity> result = new ArrayList<>();
        for (CampaignView campaign : plan.campaigns()) {
            for (ActivityView activity : campaign.activities()) {
                result.add(new ClaimableActivity(plan.id(), plan.title(), plan.programId(), campaign.id(),
                        campaign.name(), campaign.start(), campaign.end(), activity.id(), activity.activityTypeCode(),
                        activity.description(), plan.currencyCode(), activity.plannedAmount(),
                        held.getOrDefault(activity.id(), BigDecimal.ZERO),
                        fund == null ? null : fund.remaining(), fund == null ? null : fund.claimDeadline(),
                        fund == null ? 0 : fund.daysLeft()));
            }
        }
        return result;
    }

    /** Partner admins submit, withdraw, answer and dispute; users prepare. */
    boolean mayAct() {
        return actor.role() == Role.INCENTIVES_ADMIN;
    }
}
