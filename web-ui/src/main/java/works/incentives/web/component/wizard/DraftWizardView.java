package works.incentives.web.component.wizard;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import works.incentives.domain.guidance.GuidanceSnippetService;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Problem;
import works.incentives.web.component.Feedback;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The orchestration every draft wizard shares (plan, proof of execution): draft id and step in the
 * URL; entering loads the workspace, resumes at the first step with something to fix or opens the
 * read-only page; Next and Save and close save then navigate; every save carries the version on
 * screen ({@link DraftSaves}); Submit shows the server's problems on the last step when refused.
 * A subclass keeps only what is its own: its steps, how to load, show and save them, and submit.
 *
 * @param <W> the workspace the wizard shows, loaded fresh on every navigation
 */
public abstract class DraftWizardView<W extends DraftWorkspace> extends VerticalLayout
        implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    protected final H1 heading = new H1();
    private final DraftWizardSetup setup;
    private final GuidanceSnippetService snippets;
    private Wizard wizard;
    private W workspace;
    private com.vaadin.flow.router.QueryParameters entered = com.vaadin.flow.router.QueryParameters.empty();
    /** Every save carries the version of the draft on screen; a change by someone else reloads it. */
    private final DraftSaves drafts = new DraftSaves(this, () -> workspace.draftVersion(), this::reload);

    protected DraftWizardView(DraftWizardSetup setup, GuidanceSnippetService snippets) {
        this.setup = setup;
        this.snippets = snippets;
    }

    /** The wizard over the kind's steps, first to last; called once, from the subclass's constructor. */
    protected Wizard useSteps(WizardStep... steps) {
        wizard = new Wizard(List.of(steps));
        wizard.setHelpOverrides(key -> snippets.textFor(key, HelpPanel.language(getLocale())));
        wizard.addNextListener(e -> saveThen(e.getSource().following().stepId()));
        wizard.addSaveAndCloseListener(e -> saveThen(null));
        wizard.addBackListener(e -> go(wizard.preceding().stepId(), null));
        wizard.addStepChosenListener(e -> go(e.step().stepId(), null));
        wizard.addSubmitListener(e -> submit());
        return wizard;
    }

    /** Loads the workspace of a stored draft (the services may refuse). */
    protected abstract W load(long draftId);

    /** Prepares the first step for a new draft; returns the workspace to keep (null when none). */
    protected abstract W startNew();

    /** Feeds every step from the workspace (also whether Submit is allowed). */
    protected abstract void show(W workspace);

    /** Saves what {@code step} committed (moveOn: Next); the draft's id (maybe new), or null when refused. */
    protected abstract Long saveStep(WizardStep step, boolean moveOn);

    /** Submits the draft at {@code version}; throws when refused. */
    protected abstract Object submitDraft(long draftId, long version);

    /** Shows the server's reasons for refusing Submit on the last step. */
    protected abstract void showSubmitProblems(List<Problem> problems);

    /** A query parameter of the address the wizard was entered with (e.g. the activity a new claim is for). */
    protected Optional<String> queryParameter(String name) {
        return entered.getSingleParameter(name);
    }

    public Wizard wizard() {
        return wizard;
    }

    protected W workspace() {
        return workspace;
    }

    protected DraftSaves drafts() {
        return drafts;
    }

    protected long draftId() {
        return workspace.draftId();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(setup.idParameter());
        entered = event.getLocation().getQueryParameters();
        String focus = entered.getSingleParameter("focus").orElse(null);
        if (id.isEmpty()) {
            workspace = startNew();
            wizard.setStepsSelectable(false);
            wizard.setSubmitAllowed(false);
            wizard.show(setup.steps().first(), Map.of());
            heading.setText(setup.heading(this, workspace));
            return;
        }
        workspace = Feedback.attempt(this, () -> load(id.get()));
        if (workspace == null) {
            event.forwardTo(setup.listView());
            return;
        }
        if (!workspace.draftEditable()) {
            event.forwardTo(setup.readOnlyView(), setup.readOnly(id.get()));
            return;
        }
        String step = event.getRouteParameters().get("step").filter(setup.steps().order()::contains).orElse(null);
        if (step == null) {
            event.forwardTo(setup.steps().route(id.get(), setup.steps().resumeStep(workspace.problems())));
            return;
        }
        showAll();
        showStep(step);
        if (focus != null) {
            wizard.current().focus(focus);
        }
    }

    /** Shows a step of the stored draft; the steps up to the furthest reached say done or has problems. */
    private void showStep(String stepId) {
        ReachedSteps reached = ReachedSteps.ofSession();
        String furthest = reached == null ? setup.steps().later(stepId, workspace.furthestStepStarted())
                : reached.reach(setup.steps(), draftId(), stepId, workspace.furthestStepStarted());
        wizard.show(stepId, setup.steps().withProblems(workspace.problems()), furthest);
    }

    private void showAll() {
        show(workspace);
        wizard.setStepsSelectable(true);
        heading.setText(setup.heading(this, workspace));
    }

    /** Saves what the current step committed, then opens {@code nextStep} (null: back to the list). */
    private void saveThen(String nextStep) {
        Long id = saveStep(wizard.current(), nextStep != null);
        if (id == null) {
            return;
        }
        if (nextStep == null) {
            Feedback.success(getTranslation(setup.textPrefix() + ".saved"));
            UI.getCurrent().navigate(setup.listView());
        } else {
            UI.getCurrent().navigate(setup.steps().route(id, nextStep));
        }
    }

    /** The draft as stored now, at the current step; a draft someone else submitted opens read-only. */
    protected void reload() {
        W fresh = loadAgain();
        if (fresh != null && !fresh.draftEditable()) {
            UI.getCurrent().navigate(setup.readOnlyView(), setup.readOnly(draftId()));
        } else if (fresh != null) {
            workspace = fresh;
            showAll();
            showStep(wizard.current().stepId());
        }
    }

    /** The draft loaded again (not yet kept); null (and a message) when refused. */
    protected W loadAgain() {
        return Feedback.attempt(this, () -> load(draftId()));
    }

    /** Keeps a fresh workspace without showing every step again (e.g. while uploads run). */
    protected void keep(W fresh) {
        workspace = fresh;
    }

    private void submit() {
        long id = draftId();
        Object submitted = drafts.save(v -> submitDraft(id, v), refused -> {
            Feedback.error(this, Feedback.describe(this, refused));
            if (refused instanceof DomainRuleViolation v && !v.problems().isEmpty()) {
                showSubmitProblems(v.problems());
            }
        });
        if (submitted != null) {
            Feedback.success(getTranslation(setup.textPrefix() + ".submitted"));
            UI.getCurrent().navigate(setup.readOnlyView(), setup.readOnly(id));
        }
    }

    /** Opens a step of the draft, with the focus on the item a problem concerns (or none). */
    protected void go(String stepId, String focus) {
        if (workspace == null || workspace.draftId() == null) {
            return;
        }
        setup.open(draftId(), stepId, focus);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(setup.heading(this, workspace));
    }

    @Override
    public String getPageTitle() {
        return setup.heading(this, workspace) + " | " + getTranslation("app.name");
    }
}
