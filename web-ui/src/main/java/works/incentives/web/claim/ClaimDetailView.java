package works.incentives.web.claim;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.audit.HistoryView;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramService;
import works.incentives.web.component.CommentTargets;
import works.incentives.web.component.CommentsPanel;
import works.incentives.web.component.Feedback;
import works.incentives.web.component.HandOverButton;
import works.incentives.domain.shared.Role;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A claim read-only: status, documents with downloads, reviewer feedback on the item it
 * concerns, the history; and what the partner can still do in each state: withdraw while not yet
 * under review, fix and answer a request for action before it is due, dispute a rejection
 * within the window.
 */
@Route(value = "claims/:claimId(\\d+)", layout = MainLayout.class)
@RolesAllowed({Roles.INCENTIVES_USER, Roles.INCENTIVES_ADMIN})
@StyleSheet("context://styles/plan.css")
@StyleSheet("context://styles/claim.css")
public class ClaimDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final ClaimWorkspace.Services services;
    final H1 heading = new H1();
    final Span status = new Span();
    final ClaimFactsList facts = new ClaimFactsList();
    final ClaimFeedbackBox feedbackBox = new ClaimFeedbackBox();
    final ClaimAnswerForm answerForm;
    final ClaimDisputeForm disputeForm;
    final ClaimPartnerActions actions;
    final HandOverButton handOver;
    final H2 documentsHeading = new H2();
    final ClaimDocuments documents = new ClaimDocuments();
    final H2 historyHeading = new H2();
    final ClaimHistoryList history = new ClaimHistoryList();
    final CommentsPanel comments;
    final Div costsMarker = new Div();
    ClaimWorkspace workspace;
    List<HistoryView> entries = List.of();
    Integer disputeWindowDays;

    @Inject
    public ClaimDetailView(CurrentActor currentActor, ClaimService claims, PlanService plans,
                           AllocationService allocations, ProgramService programs, ProgramAdminService programAdmin,
                           Clock clock) {
        this.services = new ClaimWorkspace.Services(currentActor, claims, plans, allocations, programs, programAdmin, clock);
        setId("claim-detail");
        heading.setId("claim-detail-heading");
        status.setId("claim-status");
        status.addClassName("status-badge");
        answerForm = new ClaimAnswerForm(step -> UI.getCurrent().navigate(ClaimSteps.route(claimId(), step)),
                text -> act(() -> claims.answer(claimId(), text, workspace.actor()), "claim.page.answered"));
        disputeForm = new ClaimDisputeForm(reason -> act(() -> claims.dispute(claimId(), reason, workspace.actor()),
                "claim.page.disputed"));
        actions = new ClaimPartnerActions(() -> UI.getCurrent().navigate("claims/" + claimId() + "/edit"),
                () -> UI.getCurrent().navigate(ClaimSteps.route(claimId(), ClaimSteps.EVIDENCE)),
                () -> act(() -> claims.withdraw(claimId(), workspace.actor()), "claim.page.withdrawn"));
        comments = new CommentsPanel((concerns, text) -> claims.comment(claimId(), concerns, text, workspace.actor()),
                () -> load(claimId()));
        documents.useMarkers(comments::marker);
        costsMarker.setId("claim-costs-marker");
        handOver = new HandOverButton("claim-hand-over",
                () -> act(() -> claims.requestSubmission(claimId(), workspace.actor()), "handOver.requested"));
        add(heading, status, facts, costsMarker, feedbackBox, answerForm, disputeForm, actions, handOver, documentsHeading,
                documents, comments, historyHeading, history);
    }

    public static RouteParameters parameters(long claimId) {
        return new RouteParameters("claimId", String.valueOf(claimId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long claimId = event.getRouteParameters().getLong("claimId").orElse(0L);
        if (!load(claimId)) {
            event.forwardTo(MyClaimsView.class);
        }
    }

    private boolean load(long claimId) {
        workspace = Feedback.attempt(this, () -> ClaimWorkspace.of(services, claimId));
        if (workspace == null) {
            return false;
        }
        entries = workspace.history();
        disputeWindowDays = Feedback.attempt(this, () -> services.programAdmin()
                .getProgram(workspace.claim().programId()).disputeWindowDays());
        render();
        return true;
    }

    private void act(Supplier<ClaimView> call, String successKey) {
        if (Feedback.attempt(this, call) != null) {
            Feedback.success(getTranslation(successKey));
            answerForm.clear();
            disputeForm.clear();
            load(claimId());
        }
    }

    /** The last day a rejection can be disputed, or null when unknown. */
    LocalDate disputeDeadline() {
        ClaimView claim = workspace.claim();
        return claim.rejectedOn() == null || disputeWindowDays == null ? null : claim.rejectedOn().plusDays(disputeWindowDays);
    }

    void render() {
        if (workspace == null) {
            return;
        }
        ClaimView claim = workspace.claim();
        LocalDate today = workspace.today();
        ClaimStatus s = claim.status();
        boolean admin = workspace.mayAct();
        heading.setText(claim.name());
        status.setText(getTranslation("claim.page.status", getTranslation(s.messageKey())));
        status.getElement().setAttribute("data-status", s.name());
        facts.show(claim, workspace.type(), today);
        Map<String, String> targets = CommentTargets.claim(this, claim, workspace.type());
        comments.show(entries, targets);
        costsMarker.removeAll();
        costsMarker.add(comments.marker(works.incentives.domain.claim.Claim.COSTS_TARGET));
        Map<String, List<String>> feedback = ReviewerFeedback.byConcern(entries);
        feedbackBox.show(claim, feedback);
        answerForm.show(claim, workspace.problems(), today, admin);
        disputeForm.show(claim, disputeDeadline(), today, admin);
        actions.show(claim, today, admin);
        handOver.setVisible(s.editable() && workspace.actor().role() == Role.INCENTIVES_USER && workspace.problems().isEmpty());
        documentsHeading.setText(getTranslation("claim.page.documents"));
        documents.show(claim, workspace.type(), feedback,
                documentId -> services.claims().evidenceContent(claim.id(), documentId, workspace.actor()));
        historyHeading.setText(getTranslation("claim.page.history"));
        history.show(entries, targets);
    }

    private long claimId() {
        return workspace.claim().id();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claim.page.title") + " | " + getTranslation("app.name");
    }
}
