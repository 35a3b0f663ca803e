package works.incentives.web.claim;

import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.audit.HistoryView;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.ClaimWorkspaceView;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocationView;
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
import java.util.List;

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
        ClaimableActivity activity = ClaimableActivity.of(w.plan(), w.fund(),
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
        return ClaimableActivity.offered(services.claims().claimablePlans(services.currentActor().require()));
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
