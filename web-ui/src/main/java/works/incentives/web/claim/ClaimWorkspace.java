package works.incentives.web.claim;

import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.audit.HistoryView;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.ClaimWorkspaceView;
import works.incentives.domain.claim.ClaimCommands.ClaimablePlan;
import works.incentives.domain.claim.ClaimCommands.ClaimableView;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.plan.PlanCommands.ActivityView;
import works.incentives.domain.plan.PlanCommands.CampaignView;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanService;
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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the claim screens show about one claim, loaded fresh from the services on every
 * navigation, as DTOs (nothing of it outlives a request): one service call, one transaction
 * ({@link ClaimService#workspace}), however many activities and claims the plan has.
 */
record ClaimWorkspace(Actor actor, ClaimView claim, ClaimableActivity activity, ActivityTypeView type,
                      List<Problem> problems, LocalDate today, AllocationView fund, List<HistoryView> history)
        implements DraftWorkspace {

    /** A workspace without its fund and history (screens and tests that need neither). */
    ClaimWorkspace(Actor actor, ClaimView claim, ClaimableActivity activity, ActivityTypeView type,
                   List<Problem> problems, LocalDate today) {
        this(actor, claim, activity, type, problems, today, null, List.of());
    }

    /** The services the claim screens use, injected once into each view. */
    record Services(CurrentActor currentActor, ClaimService claims, PlanService plans, AllocationService allocations,
                    ProgramService programs, ProgramAdminService programAdmin, Clock clock) {

        LocalDate today() {
            return LocalDate.now(clock);
        }
    }

    static ClaimWorkspace of(Services services, long claimId) {
        Actor actor = services.currentActor().require();
        ClaimWorkspaceView w = services.claims().workspace(claimId, actor);
        ClaimView claim = w.claim();
        ClaimableActivity activity = claimable(w.plan(), w.fund(),
                w.activity() == null ? List.of() : List.of(w.activity()), false).stream()
                .filter(a -> claim.activityId() != null && a.activityId() == claim.activityId())
                .findFirst().orElse(null);
        return new ClaimWorkspace(actor, claim, activity, w.type(), w.problems(), services.today(), w.fund(),
                w.history());
    }

    /**
     * The activities the partner may claim for, as the domain decides it ({@code ClaimEligibility}
     * through {@link ClaimService#claimablePlans}: the server refuses any other); funds past their claim
     * deadline are left out.
     */
    static List<ClaimableActivity> claimableActivities(Services services) {
        Actor actor = services.currentActor().require();
        List<ClaimableActivity> result = new ArrayList<>();
        for (ClaimablePlan plan : services.claims().claimablePlans(actor)) {
            AllocationView fund = plan.fund();
            if (fund != null && fund.daysLeft() < 0) {
                continue;
            }
            result.addAll(claimable(plan.plan(), fund, plan.activities(), true));
        }
        return result;
    }

    /**
     * The plan's activities with what other claims ask of each and the most a claim can ask now
     * ({@code numbers}, from the server); {@code eligibleOnly} leaves out those the domain refuses.
     */
    private static List<ClaimableActivity> claimable(PlanView plan, AllocationView fund, List<ClaimableView> numbers,
                                                     boolean eligibleOnly) {
        Map<Long, ClaimableView> byActivity = numbers.stream()
                .collect(Collectors.toMap(ClaimableView::activityId, Function.identity()));
        List<ClaimableActivity> result = new ArrayList<>();
        for (CampaignView campaign : plan.campaigns()) {
            for (ActivityView activity : campaign.activities()) {
                ClaimableView n = byActivity.get(activity.id());
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

    /** Documents mean the partner got to the evidence; an invoice or self-certification, to the costs; a draft exists from the details on. */
    @Override
    public String furthestStepStarted() {
        if (!claim.documents().isEmpty()) {
            return ClaimSteps.EVIDENCE;
        }
        return claim.invoice() != null || claim.selfCertification() != null ? ClaimSteps.COSTS : ClaimSteps.DETAILS;
    }

    @Override
    public String draftName() {
        return claim.name();
    }
}
