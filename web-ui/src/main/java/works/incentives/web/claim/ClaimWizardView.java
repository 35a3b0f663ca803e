package works.incentives.web.claim;

import works.incentives.web.i18n.CatalogueNames;
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
import works.incentives.domain.claim.ClaimCommands.AddEvidence;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.CreateClaim;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.guidance.GuidanceSnippetService;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Problem;
import works.incentives.web.component.Feedback;
import works.incentives.web.component.wizard.DraftSaves;
import works.incentives.web.component.wizard.HelpPanel;
import works.incentives.web.component.wizard.Wizard;
import works.incentives.web.component.wizard.WizardStep;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The proof-of-execution wizard. {@code claims/new} starts with the activity; from then on the
 * claim id and step are in the URL ({@code claims/7/edit/evidence}) and every Next, upload and
 * removal goes through {@link ClaimService} at once, so the partner can close the browser and
 * resume where they left. A claim that passes the last step has nothing a reviewer would find missing.
 */
@Route(value = "claims/:claimId(\\d+)/edit/:step?", layout = MainLayout.class)
@RouteAlias(value = "claims/new", layout = MainLayout.class)
@RolesAllowed({Roles.INCENTIVES_USER, Roles.INCENTIVES_ADMIN})
@StyleSheet("context://styles/plan.css")
@StyleSheet("context://styles/claim.css")
public class ClaimWizardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final ClaimWorkspace.Services services;
    final H1 heading = new H1();
    final ClaimWindowNote window = new ClaimWindowNote();
    final ActivityStep activityStep = new ActivityStep();
    final DetailsStep detailsStep = new DetailsStep();
    final CostsStep costsStep = new CostsStep();
    final EvidenceStep evidenceStep = new EvidenceStep();
    final CheckStep checkStep = new CheckStep();
    final Wizard wizard = new Wizard(List.of(activityStep, detailsStep, costsStep, evidenceStep, checkStep));
    private ClaimWorkspace workspace;
    /** Every save carries the version of the claim on screen; a change by someone else reloads it. */
    private final DraftSaves drafts = new DraftSaves(this, () -> workspace.claim().version(), this::reload);

    @Inject
    public ClaimWizardView(CurrentActor currentActor, ClaimService claims, PlanService plans,
                           AllocationService allocations, ProgramService programs, ProgramAdminService programAdmin,
                           Clock clock, GuidanceSnippetService snippets) {
        this.services = new ClaimWorkspace.Services(currentActor, claims, plans, allocations, programs, programAdmin, clock);
        wizard.setHelpOverrides(key -> snippets.textFor(key, HelpPanel.language(getLocale())));
        setId("claim-wizard");
        addClassName("claim-wizard");
        heading.setId("claim-wizard-heading");
        wizard.setTextKeys("claim.wizard.label", "claim.wizard.submit");
        add(heading, window, wizard);
        wizard.addNextListener(e -> saveThen(e.getSource().following().stepId()));
        wizard.addSaveAndCloseListener(e -> saveThen(null));
        wizard.addBackListener(e -> go(wizard.preceding().stepId(), null));
        wizard.addStepChosenListener(e -> go(e.step().stepId(), null));
        wizard.addSubmitListener(e -> submit());
        evidenceStep.addUploadListener(this::upload);
        evidenceStep.addRemoveListener(e -> {
            if (drafts.save(v -> claims.removeEvidence(claimId(), v, e.documentId(), actor())) != null) {
                refreshInPlace();
            }
        });
        checkStep.addFixListener(e -> go(e.stepId(), e.problem().concerns()));
    }

    /** The current catalogue of the activities' programs, to name admin-defined types. */
    private List<works.incentives.domain.program.ProgramCommands.ActivityTypeView> catalogueOf(
            List<ClaimableActivity> activities) {
        List<Long> programIds = activities.stream().map(ClaimableActivity::programId).distinct().toList();
        return programIds.isEmpty() ? List.of() : services.programAdmin().listActivityTypes(programIds);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> claimId = event.getRouteParameters().getLong("claimId");
        String focus = event.getLocation().getQueryParameters().getSingleParameter("focus").orElse(null);
        if (claimId.isEmpty()) {
            workspace = null;
            List<ClaimableActivity> offered = Feedback.attempt(this, () -> ClaimWorkspace.claimableActivities(services));
            activityStep.useCatalogue(catalogueOf(offered == null ? List.of() : offered));
            activityStep.offer(offered == null ? List.of() : offered);
            wizard.setStepsSelectable(false);
            wizard.setSubmitAllowed(false);
            wizard.show(ClaimSteps.ACTIVITY, Map.of());
            heading.setText(getTranslation("claim.wizard.newHeading"));
            return;
        }
        workspace = Feedback.attempt(this, () -> ClaimWorkspace.of(services, claimId.get()));
        if (workspace == null) {
            event.forwardTo(MyClaimsView.class);
            return;
        }
        if (!workspace.claim().status().editable()) {
            event.forwardTo(ClaimDetailView.class, ClaimDetailView.parameters(claimId.get()));
            return;
        }
        String step = event.getRouteParameters().get("step").filter(ClaimSteps.ORDER::contains).orElse(null);
        if (step == null) {
            event.forwardTo(ClaimSteps.route(claimId.get(), ClaimSteps.resumeStep(workspace.problems())));
            return;
        }
        showAll();
        wizard.show(step, ClaimSteps.withProblems(workspace.problems()));
        if (focus != null) {
            wizard.current().focus(focus);
        }
    }

    /** Feeds every step from the workspace. */
    private void showAll() {
        ClaimWorkspace w = workspace;
        ClaimView claim = w.claim();
        activityStep.showChosen(w.activity());
        window.show(w.fund(), w.today());
        detailsStep.setToday(w.today());
        detailsStep.show(claim, w.activity(), w.type(), w.problems().stream()
                .filter(p -> ClaimSteps.DETAILS.equals(ClaimSteps.stepOf(p))).toList());
        costsStep.show(claim, w.actor().userName(), w.today(), w.problems());
        evidenceStep.show(claim, w.type(), services.claims().getMaxUploadBytes(), w.problems(), feedback());
        checkStep.useType(w.type());
        checkStep.show(claim, w.problems(), w.mayAct(), w.today());
        wizard.setSubmitAllowed(w.mayAct() && claim.status() == ClaimStatus.DRAFT && w.problems().isEmpty());
        wizard.setStepsSelectable(true);
        heading.setText(getTranslation("claim.wizard.heading", claim.name() == null ? "" : claim.name()));
    }

    private Map<String, List<String>> feedback() {
        return ReviewerFeedback.byConcern(workspace.history());
    }

    /** Saves what the current step committed, then opens {@code nextStep} (null: back to My claims). */
    private void saveThen(String nextStep) {
        WizardStep step = wizard.current();
        Long id = workspace == null ? null : workspace.claim().id();
        if (step == activityStep && id == null) {
            ClaimView created = create();
            if (created == null) {
                return;
            }
            id = created.id();
        } else if (step == detailsStep) {
            if (!saveDetails(nextStep != null)) {
                return;
            }
        } else if (step == costsStep) {
            if (!saveCosts()) {
                return;
            }
        }
        if (nextStep == null) {
            Feedback.success(getTranslation("claim.wizard.saved"));
            UI.getCurrent().navigate(MyClaimsView.class);
        } else {
            UI.getCurrent().navigate(ClaimSteps.route(id, nextStep));
        }
    }

    private ClaimView create() {
        ClaimableActivity chosen = activityStep.selected();
        String name = getTranslation("claim.defaultName", CatalogueNames.activityType(this,
                        catalogueOf(List.of(chosen)), chosen.activityTypeCode()),
                chosen.campaignName());
        try {
            return services.claims().createDraft(new CreateClaim(chosen.planId(), chosen.activityId(), name), actor());
        } catch (RuntimeException refused) {
            activityStep.refuse(Feedback.describe(this, refused));
            return null;
        }
    }

    /**
     * Saves the details; when the server then finds an entered value wrong (date outside the
     * window, amount over a limit) the partner stays here and sees it on the field.
     */
    private boolean saveDetails(boolean moveOn) {
        ClaimView saved = drafts.save(v -> services.claims().updateDetails(claimId(), v,
                detailsStep.bean().command(), actor()));
        if (saved == null) {
            return false;
        }
        if (!moveOn) {
            return true;
        }
        List<Problem> problems = Feedback.attempt(this, () -> services.claims().check(claimId(), actor()));
        List<Problem> entryErrors = problems == null ? List.of()
                : problems.stream().filter(DetailsStep::isEntryError).toList();
        if (!entryErrors.isEmpty()) {
            detailsStep.showProblems(entryErrors);
            return false;
        }
        return true;
    }

    private boolean saveCosts() {
        var invoice = costsStep.invoice();
        var self = costsStep.selfCertification();
        if (invoice == null && self == null) {
            return true;
        }
        return drafts.save(v -> invoice != null ? services.claims().attachInvoice(claimId(), v, invoice, actor())
                : services.claims().selfCertify(claimId(), v, self, actor()),
                refused -> costsStep.refuse(Feedback.describe(this, refused))) != null;
    }

    private void upload(EvidenceStep.UploadEvent e) {
        AddEvidence file = new AddEvidence(e.fileName(), e.requirementCode(), e.note(), e.content());
        if (drafts.save(v -> services.claims().addEvidence(claimId(), v, file, actor()),
                refused -> evidenceStep.refuse(e.requirementCode(), Feedback.describe(this, refused))) == null) {
            return;
        }
        evidenceStep.stored(e.requirementCode());
        refreshInPlace();
    }

    /**
     * After an upload or removal: the claim and the check again, shown without re-attaching the
     * step (other uploads of the same selection may still be running).
     */
    private void refreshInPlace() {
        ClaimWorkspace fresh = Feedback.attempt(this, () -> ClaimWorkspace.of(services, claimId()));
        if (fresh != null) {
            workspace = fresh;
            evidenceStep.show(fresh.claim(), fresh.type(), services.claims().getMaxUploadBytes(), fresh.problems(), feedback());
            checkStep.show(fresh.claim(), fresh.problems(), fresh.mayAct(), fresh.today());
            wizard.setSubmitAllowed(fresh.mayAct() && fresh.claim().status() == ClaimStatus.DRAFT
                    && fresh.problems().isEmpty());
        }
    }

    /** The claim as stored now, at the current step; a claim someone else submitted opens read-only. */
    private void reload() {
        ClaimWorkspace fresh = Feedback.attempt(this, () -> ClaimWorkspace.of(services, claimId()));
        if (fresh != null && !fresh.claim().status().editable()) {
            UI.getCurrent().navigate(ClaimDetailView.class, ClaimDetailView.parameters(claimId()));
        } else if (fresh != null) {
            workspace = fresh;
            showAll();
            wizard.show(wizard.current().stepId(), ClaimSteps.withProblems(fresh.problems()));
        }
    }

    private void submit() {
        ClaimView submitted = drafts.save(v -> services.claims().submit(claimId(), v, actor()), refused -> {
            Feedback.error(this, Feedback.describe(this, refused));
            if (refused instanceof DomainRuleViolation v && !v.problems().isEmpty()) {
                checkStep.showProblems(v.problems());
            }
        });
        if (submitted == null) {
            return;
        }
        Feedback.success(getTranslation("claim.wizard.submitted"));
        UI.getCurrent().navigate(ClaimDetailView.class, ClaimDetailView.parameters(claimId()));
    }

    private void go(String stepId, String focus) {
        if (workspace == null) {
            return;
        }
        UI.getCurrent().navigate(ClaimSteps.route(claimId(), stepId), focus == null ? QueryParameters.empty()
                : QueryParameters.of("focus", focus));
    }

    private long claimId() {
        return workspace.claim().id();
    }

    private Actor actor() {
        return workspace == null ? services.currentActor().require() : workspace.actor();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(workspace == null ? getTranslation("claim.wizard.newHeading")
                : getTranslation("claim.wizard.heading", workspace.claim().name()));
    }

    @Override
    public String getPageTitle() {
        return (workspace == null ? getTranslation("claim.wizard.newHeading")
                : getTranslation("claim.wizard.heading", workspace.claim().name())) + " | " + getTranslation("app.name");
    }
}
