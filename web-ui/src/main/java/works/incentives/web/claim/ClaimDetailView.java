package works.incentives.web.claim;

import works.incentives.web.i18n.CatalogueNames;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
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
import works.incentives.web.component.Feedback;
import works.incentives.web.component.TextLimit;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.plan.Formats;
import works.incentives.web.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
    final Div facts = new Div();
    final Div feedbackBox = new Div();
    final Paragraph answerDue = new Paragraph();
    final Paragraph disputeUntil = new Paragraph();
    final ClaimProblemList stillMissing = new ClaimProblemList();
    final Button resume = new Button(VaadinIcon.EDIT.create());
    final Button fix = new Button(VaadinIcon.EDIT.create());
    final Button withdraw = new Button(VaadinIcon.ARROW_BACKWARD.create());
    final TextArea answerText = new TextArea();
    final Button answer = new Button(VaadinIcon.PAPERPLANE.create());
    final TextArea disputeText = new TextArea();
    final Button dispute = new Button(VaadinIcon.GAVEL.create());
    final Anchor selfCertification = new Anchor();
    final Paragraph whoActs = new Paragraph();
    final H2 documentsHeading = new H2();
    final ClaimDocuments documents = new ClaimDocuments();
    final H2 historyHeading = new H2();
    final UnorderedList history = new UnorderedList();
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
        facts.setId("claim-facts");
        feedbackBox.setId("claim-feedback");
        feedbackBox.addClassName("claim-feedback");
        answerDue.setId("claim-answer-due");
        disputeUntil.setId("claim-dispute-until");
        stillMissing.setId("claim-still-missing");
        resume.setId("claim-resume");
        fix.setId("claim-fix");
        withdraw.setId("claim-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        answerText.setId("claim-answer-text");
        answerText.setWidthFull();
        TextLimit.comment(answerText);
        answer.setId("claim-answer");
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        disputeText.setId("claim-dispute-text");
        disputeText.setWidthFull();
        TextLimit.comment(disputeText);
        dispute.setId("claim-dispute");
        dispute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        selfCertification.setId("claim-self-certification");
        selfCertification.setTarget(AnchorTarget.BLANK);
        whoActs.setId("claim-who-acts");
        history.setId("claim-history");
        resume.addClickListener(e -> UI.getCurrent().navigate("claims/" + claimId() + "/edit"));
        fix.addClickListener(e -> UI.getCurrent().navigate(ClaimSteps.route(claimId(), ClaimSteps.EVIDENCE)));
        withdraw.addClickListener(e -> confirmWithdraw());
        answer.addClickListener(e -> act(() -> claims.answer(claimId(), answerText.getValue(), workspace.actor()),
                "claim.page.answered"));
        dispute.addClickListener(e -> {
            if (disputeText.getValue().isBlank()) {
                disputeText.setErrorMessage(getTranslation("claim.page.dispute.required"));
                disputeText.setInvalid(true);
                return;
            }
            act(() -> claims.dispute(claimId(), disputeText.getValue().strip(), workspace.actor()), "claim.page.disputed");
        });
        stillMissing.addFixListener(e -> UI.getCurrent().navigate(ClaimSteps.route(claimId(), e.stepId())));
        HorizontalLayout buttons = new HorizontalLayout(resume, fix, withdraw);
        add(heading, status, facts, feedbackBox, answerDue, stillMissing, answerText, answer, disputeUntil, disputeText,
                dispute, whoActs, buttons, selfCertification, documentsHeading, documents, historyHeading, history);
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

    private void confirmWithdraw() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("claim-withdraw-dialog");
        dialog.setHeader(getTranslation("claim.page.withdraw.confirmTitle"));
        dialog.setText(getTranslation("claim.page.withdraw.confirmText"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("claim.page.withdraw.keep"));
        dialog.setConfirmText(getTranslation("claim.page.withdraw"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> act(() -> services.claims().withdraw(claimId(), workspace.actor()),
                "claim.page.withdrawn"));
        dialog.open();
    }

    private void act(Supplier<ClaimView> call, String successKey) {
        if (Feedback.attempt(this, call) != null) {
            Feedback.success(getTranslation(successKey));
            answerText.clear();
            disputeText.clear();
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
        renderFacts(claim, today);
        Map<String, List<String>> feedback = ReviewerFeedback.byConcern(entries);
        feedbackBox.removeAll();
        if (claim.reviewComment() != null) {
            feedbackBox.add(new Paragraph(getTranslation("claim.page.reviewComment", claim.reviewComment())));
        }
        if (claim.rejectionReason() != null) {
            feedbackBox.add(new Paragraph(getTranslation("claim.page.rejectionReason",
                    getTranslation("rejectionReason." + claim.rejectionReason().name()))));
        }
        feedback.getOrDefault("claim", List.of()).stream()
                .filter(t -> !t.equals(claim.reviewComment()))
                .forEach(t -> feedbackBox.add(new Paragraph(getTranslation("claim.page.reviewerSays", t))));
        feedbackBox.setVisible(feedbackBox.getChildren().findAny().isPresent());

        boolean actionRequired = s == ClaimStatus.ACTION_REQUIRED;
        boolean answerOpen = actionRequired && claim.answerDueOn() != null && !today.isAfter(claim.answerDueOn());
        answerDue.setVisible(actionRequired && claim.answerDueOn() != null);
        if (claim.answerDueOn() != null) {
            answerDue.setText(getTranslation("claim.page.answerDue", Formats.date(claim.answerDueOn(), getLocale()),
                    ClaimDeadlines.daysLeft(this, today, claim.answerDueOn())));
        }
        stillMissing.setVisible(actionRequired);
        stillMissing.show(workspace.problems());
        fix.setText(getTranslation("claim.page.fix"));
        fix.setVisible(answerOpen);
        answerText.setLabel(getTranslation("claim.page.answer.label"));
        answerText.setHelperText(getTranslation("claim.page.answer.helper"));
        answerText.setVisible(answerOpen && admin);
        answer.setText(getTranslation("claim.page.answer"));
        answer.setVisible(answerOpen && admin);
        answer.setEnabled(workspace.problems().isEmpty());

        LocalDate disputeBy = disputeDeadline();
        boolean disputeOpen = s == ClaimStatus.REJECTED && (disputeBy == null || !today.isAfter(disputeBy));
        disputeUntil.setVisible(s == ClaimStatus.REJECTED && disputeBy != null);
        if (disputeBy != null) {
            disputeUntil.setText(getTranslation(disputeOpen ? "claim.page.disputeUntil" : "claim.page.disputeClosed",
                    Formats.date(disputeBy, getLocale()), ClaimDeadlines.daysLeft(this, today, disputeBy)));
        }
        disputeText.setLabel(getTranslation("claim.page.dispute.label"));
        disputeText.setHelperText(getTranslation("claim.page.dispute.helper"));
        disputeText.setVisible(disputeOpen && admin);
        dispute.setText(getTranslation("claim.page.dispute"));
        dispute.setVisible(disputeOpen && admin);

        resume.setText(getTranslation("claim.page.resume"));
        resume.setVisible(s == ClaimStatus.DRAFT);
        withdraw.setText(getTranslation("claim.page.withdraw"));
        withdraw.setVisible(admin && (s == ClaimStatus.DRAFT || s == ClaimStatus.SUBMITTED));
        boolean partnerMayAct = actionRequired || s == ClaimStatus.REJECTED || s == ClaimStatus.SUBMITTED || s == ClaimStatus.DRAFT;
        whoActs.setText(getTranslation("claim.page.adminActs"));
        whoActs.setVisible(!admin && partnerMayAct);
        selfCertification.setText(getTranslation("claim.costs.self.print"));
        selfCertification.setHref("claims/" + claim.id() + "/self-certification");
        selfCertification.setVisible(claim.selfCertification() != null);

        documentsHeading.setText(getTranslation("claim.page.documents"));
        documents.show(claim, workspace.type(), feedback,
                documentId -> services.claims().evidenceContent(claim.id(), documentId, workspace.actor()));
        historyHeading.setText(getTranslation("claim.page.history"));
        history.removeAll();
        for (HistoryView entry : entries) {
            String when = Formats.date(entry.at().atZone(ZoneOffset.UTC).toLocalDate(), getLocale());
            String to = entry.toStatus() == null ? "" : getTranslation("status.claim." + entry.toStatus());
            ListItem item = new ListItem(getTranslation("claim.page.historyEntry", when, entry.actorName(),
                    getTranslation("claim.history." + entry.action()), to, entry.details() == null ? "" : entry.details()));
            item.getElement().setAttribute("data-action", entry.action());
            history.add(item);
        }
    }

    private void renderFacts(ClaimView claim, LocalDate today) {
        facts.removeAll();
        DescriptionList list = new DescriptionList();
        term(list, "claim.summary.activityType", (workspace != null && workspace.type() != null ? CatalogueNames.activityType(this, workspace.type())
                : CatalogueNames.activityType(this, claim.activityTypeCode())), "claim-fact-type");
        term(list, "claim.summary.date", Formats.date(claim.executionDate(), getLocale()), "claim-fact-date");
        term(list, "claim.summary.amount", Formats.money(claim.amount(), claim.currencyCode(), getLocale()), "claim-fact-amount");
        term(list, "claim.summary.costs", claim.invoice() != null
                ? getTranslation("claim.summary.invoice", claim.invoice().number(), claim.invoice().vendor())
                : claim.selfCertification() != null ? getTranslation("claim.costs.mode.SELF_CERTIFICATION") : "–",
                "claim-fact-costs");
        if (claim.status() == ClaimStatus.DRAFT) {
            term(list, "claim.summary.deadline", getTranslation("claim.deadline.value",
                    Formats.date(claim.claimDeadline(), getLocale()),
                    ClaimDeadlines.daysLeft(this, today, claim.claimDeadline())), "claim-fact-deadline");
        }
        if (claim.submittedAt() != null) {
            term(list, "claim.summary.submitted", Formats.date(claim.submittedAt().atZone(ZoneOffset.UTC).toLocalDate(),
                    getLocale()), "claim-fact-submitted");
        }
        if (claim.finalComments() != null) {
            term(list, "claim.summary.finalComments", claim.finalComments(), "claim-fact-final-comments");
        }
        if (claim.partnerAnswer() != null) {
            term(list, "claim.summary.partnerAnswer", claim.partnerAnswer(), "claim-fact-partner-answer");
        }
        facts.add(list);
    }

    private void term(DescriptionList list, String key, String value, String id) {
        DescriptionList.Description description = new DescriptionList.Description(value == null ? "–" : value);
        description.setId(id);
        list.add(new DescriptionList.Term(getTranslation(key)), description);
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
