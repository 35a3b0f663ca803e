package works.incentives.web.claim;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.claim.ClaimCommands.AddEvidence;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.guidance.GuidanceSnippetService;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Problem;
import works.incentives.web.component.Feedback;
import works.incentives.web.component.wizard.DraftWizardSetup;
import works.incentives.web.component.wizard.DraftWizardView;
import works.incentives.web.component.wizard.WizardStep;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import java.time.Clock;
import java.util.List;

/**
 * The proof-of-execution wizard. {@code claims/new} starts with the activity; from then on the
 * claim id and step are in the URL ({@code claims/7/edit/evidence}) and every Next, upload and
 * removal goes through {@link ClaimService} at once, so the partner can close the browser and
 * resume where they left. A claim that passes the last step has nothing a reviewer would find
 * missing. The orchestration is {@link DraftWizardView}'s; creating the draft and the step saves are
 * {@link ClaimStepSaves}'.
 */
@Route(value = "claims/:claimId(\\d+)/edit/:step?", layout = MainLayout.class)
@RouteAlias(value = "claims/new", layout = MainLayout.class)
@RolesAllowed({Roles.INCENTIVES_USER, Roles.INCENTIVES_ADMIN})
@StyleSheet("context://styles/plan.css")
@StyleSheet("context://styles/claim.css")
public class ClaimWizardView extends DraftWizardView<ClaimWorkspace> {

    /** {@code claims/new?activity=12}: a new claim with activity 12 already chosen (the home page's "Prepare a proof of execution"). */
    public static final String ACTIVITY_PARAMETER = "activity";

    private final ClaimWorkspace.Services services;
    private final ClaimStepSaves saves;
    final ClaimWindowNote window = new ClaimWindowNote();
    final ActivityStep activityStep = new ActivityStep();
    final DetailsStep detailsStep = new DetailsStep();
    final CostsStep costsStep = new CostsStep();
    final EvidenceStep evidenceStep = new EvidenceStep();
    final CheckStep checkStep = new CheckStep();

    @Inject
    public ClaimWizardView(CurrentActor currentActor, ClaimService claims, PlanService plans,
                           AllocationService allocations, ProgramService programs, ProgramAdminService programAdmin,
                           Clock clock, GuidanceSnippetService snippets) {
        super(new DraftWizardSetup("claimId", ClaimSteps.MAP, MyClaimsView.class, ClaimDetailView.class, "claim.wizard"), snippets);
        this.services = new ClaimWorkspace.Services(currentActor, claims, plans, allocations, programs, programAdmin, clock);
        this.saves = new ClaimStepSaves(this, services, drafts(), this::draftId, this::actor);
        setId("claim-wizard");
        addClassName("claim-wizard");
        heading.setId("claim-wizard-heading");
        add(heading, window, useSteps(activityStep, detailsStep, costsStep, evidenceStep, checkStep));
        wizard().setTextKeys("claim.wizard.label", "claim.wizard.submit");
        evidenceStep.addUploadListener(this::upload);
        evidenceStep.addRemoveListener(e -> {
            if (drafts().save(v -> claims.removeEvidence(draftId(), v, e.documentId(), actor())) != null) {
                refreshInPlace();
            }
        });
        checkStep.addFixListener(e -> go(e.stepId(), e.problem().concerns()));
    }

    @Override
    protected ClaimWorkspace load(long claimId) {
        return ClaimWorkspace.of(services, claimId);
    }

    @Override
    protected ClaimWorkspace startNew() {
        List<ClaimableActivity> offered = Feedback.attempt(this, () -> ClaimWorkspace.claimableActivities(services));
        activityStep.useCatalogue(saves.catalogueOf(offered == null ? List.of() : offered));
        activityStep.offer(offered == null ? List.of() : offered);
        queryParameter(ACTIVITY_PARAMETER).ifPresent(activityStep::choose);
        return null;
    }

    @Override
    protected void show(ClaimWorkspace w) {
        ClaimView claim = w.claim();
        activityStep.showChosen(w.activity());
        window.show(w.fund(), w.today());
        detailsStep.setToday(w.today());
        detailsStep.show(claim, w.activity(), w.type(), w.problems().stream()
                .filter(p -> ClaimSteps.DETAILS.equals(ClaimSteps.stepOf(p))).toList());
        costsStep.show(claim, w.actor().userName(), w.today(), w.problems());
        checkStep.useType(w.type());
        showEvidenceAndCheck(w);
    }

    /** The steps an upload or removal changes, and whether Submit is allowed. */
    private void showEvidenceAndCheck(ClaimWorkspace w) {
        evidenceStep.show(w.claim(), w.type(), services.claims().getMaxUploadBytes(), w.problems(),
                ReviewerFeedback.byConcern(w.history()));
        checkStep.show(w.claim(), w.problems(), w.mayAct(), w.today());
        wizard().setSubmitAllowed(w.mayAct() && w.claim().status() == ClaimStatus.DRAFT && w.problems().isEmpty());
    }

    @Override
    protected Long saveStep(WizardStep step, boolean moveOn) {
        if (step == activityStep && workspace() == null) {
            ClaimView created = saves.create(activityStep);
            return created == null ? null : created.id();
        }
        boolean saved = step == detailsStep ? saves.details(detailsStep, moveOn)
                : step != costsStep || saves.costs(costsStep);
        return saved ? draftId() : null;
    }

    private void upload(EvidenceStep.UploadEvent e) {
        AddEvidence file = new AddEvidence(e.fileName(), e.requirementCode(), e.note(), e.content());
        if (drafts().save(v -> services.claims().addEvidence(draftId(), v, file, actor()),
                refused -> evidenceStep.refuse(e.requirementCode(), Feedback.describe(this, refused))) != null) {
            evidenceStep.stored(e.requirementCode());
            refreshInPlace();
        }
    }

    /**
     * After an upload or removal: the claim and the check again, shown without re-attaching the
     * step (other uploads of the same selection may still be running).
     */
    private void refreshInPlace() {
        ClaimWorkspace fresh = loadAgain();
        if (fresh != null) {
            keep(fresh);
            showEvidenceAndCheck(fresh);
        }
    }

    @Override
    protected Object submitDraft(long claimId, long version) {
        return services.claims().submit(claimId, version, actor());
    }

    @Override
    protected void showSubmitProblems(List<Problem> problems) {
        checkStep.showProblems(problems);
    }

    private Actor actor() {
        return workspace() == null ? services.currentActor().require() : workspace().actor();
    }
}
