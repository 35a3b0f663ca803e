package works.incentives.web.review;

import works.incentives.web.i18n.CatalogueNames;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.DocumentView;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.domain.shared.Problem;
import works.incentives.web.component.Feedback;
import works.incentives.web.component.HistoryPanel;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * A claim as the partner submitted it, with everything a reviewer checks (details, invoice or
 * self-certification, evidence with the requirement each file answers, the pre-submission check
 * run again, the history) and the decisions its state allows. Every decision carries the version
 * shown; when someone else changed the claim meanwhile, {@link Feedback} says so and the page shows
 * the fresh state.
 */
@Route(value = "review/claims/:claimId", layout = MainLayout.class)
@RolesAllowed(Roles.REVIEWER)
@StyleSheet("context://styles/review.css")
public class ClaimReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClaimService claims;
    private final PartnerService partners;
    private final ProgramService programs;
    private final CurrentActor currentActor;
    private final Clock clock;

    private final H1 title = new H1();
    final Span status = new Span();
    private final Div body = new Div();
    final ClaimDecisions decisions;
    final EvidencePanel evidence = new EvidencePanel();
    final ChecklistPanel checklist = new ChecklistPanel();
    final HistoryPanel history;
    ClaimView claim;

    @Inject
    public ClaimReviewView(ClaimService claims, PartnerService partners, ProgramService programs,
                           CurrentActor currentActor, Clock clock) {
        this.claims = claims;
        this.partners = partners;
        this.programs = programs;
        this.currentActor = currentActor;
        this.clock = clock;
        addClassName("review-page");
        title.setId("claim-title");
        status.setId("claim-status");
        status.addClassName("review-badge");
        body.setId("claim-body");
        body.addClassName("review-columns");
        decisions = new ClaimDecisions(this::decide, () -> LocalDate.now(clock));
        history = new HistoryPanel("status.claim.", this::describeConcern);
        add(new Div(title, status), decisions, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().getLong("claimId").ifPresentOrElse(this::load,
                () -> event.rerouteToError(NotFoundException.class));
    }

    /** Loads and shows the claim as stored now; a claim the reviewer cannot see shows the refusal. */
    void load(long claimId) {
        ClaimView fresh = Feedback.attempt(this, () -> claims.get(claimId, currentActor.require()));
        if (fresh != null) {
            show(fresh);
        }
    }

    void show(ClaimView view) {
        this.claim = view;
        title.setText(view.name());
        status.setText(getTranslation(view.status().messageKey()));
        status.getElement().setAttribute("data-status", view.status().name());
        type = view.activityTypeCode() == null ? null : claims.activityTypeOf(view.id(), currentActor.require());
        decisions.useType(type);
        decisions.show(view);
        evidence.useType(type);
        evidence.show(view.id(), view.documents());
        List<Problem> problems = Feedback.attempt(this, () -> claims.check(view.id(), currentActor.require()));
        checklist.show(problems == null ? List.of() : problems);
        history.show(claims.history(view.id(), currentActor.require()));
        body.removeAll();
        body.add(new Div(facts(view), proof(view), evidence), new Div(checklist, history));
    }

    /** The catalogue revision the shown claim is checked against (names and rules). */
    private ActivityTypeView type;

    private Facts facts(ClaimView c) {
        String partner = partners.list(currentActor.require()).stream().filter(p -> p.id() == c.partnerId())
                .map(p -> p.name()).findFirst().orElse(String.valueOf(c.partnerId()));
        String program = programs.listPrograms().stream().filter(p -> p.id() == c.programId())
                .map(ProgramSummary::name).findFirst().orElse(String.valueOf(c.programId()));
        Facts facts = new Facts("claim-facts")
                .add("review.claim.partner", partner)
                .add("review.claim.program", program)
                .add("review.claim.activityType", type == null ? null : CatalogueNames.activityType(this, type))
                .add("review.claim.catalogue", type == null ? null : catalogueRules(type, c.currencyCode()))
                .add("review.claim.amount", Facts.money(this, c.amount(), c.currencyCode()))
                .add("review.claim.executionDate", Facts.date(this, c.executionDate()))
                .add("review.claim.estimatedReach", c.estimatedReach())
                .add("review.claim.preApprovalId", c.preApprovalId())
                .add("review.claim.persons", c.persons())
                .add("review.claim.deadline", Facts.date(this, c.claimDeadline()))
                .add("review.claim.answerDueOn", Facts.date(this, c.answerDueOn()))
                .add("review.claim.reviewer", c.reviewer())
                .add("review.claim.reviewComment", c.reviewComment())
                .add("review.claim.rejectionReason", c.rejectionReason() == null ? null : getTranslation(c.rejectionReason().messageKey()))
                .add("review.claim.disputeReason", c.disputeReason())
                .add("review.claim.paymentReference", c.paymentReference())
                .add("review.claim.paidOn", Facts.date(this, c.paidOn()))
                .add("review.claim.finalComments", c.finalComments())
                .add("review.claim.partnerAnswer", c.partnerAnswer());
        c.metrics().forEach((code, value) -> facts.addLabelled(CatalogueNames.metric(this, type, code), "metric." + code, value));
        return facts;
    }

    /** Which catalogue revision the claim is checked against, with its caps. */
    private String catalogueRules(ActivityTypeView type, String currencyCode) {
        java.util.List<String> caps = works.incentives.web.plan.TypeRules.capTexts(this, type, currencyCode);
        return CatalogueNames.revision(this, type) + " · "
                + (caps.isEmpty() ? getTranslation("typeRules.noCaps") : String.join("; ", caps));
    }

    private Div proof(ClaimView c) {
        Div proof = new Div();
        proof.setId("claim-proof");
        proof.addClassName("review-section");
        if (c.invoice() != null) {
            proof.add(new H3(getTranslation("review.claim.invoice")), new Facts("claim-invoice")
                    .add("review.invoice.number", c.invoice().number())
                    .add("review.invoice.vendor", c.invoice().vendor())
                    .add("review.invoice.date", Facts.date(this, c.invoice().date()))
                    .add("review.invoice.amount", Facts.money(this, c.invoice().amount(), c.invoice().currencyCode())));
        } else if (c.selfCertification() != null) {
            proof.add(new H3(getTranslation("review.claim.selfCertification")), new Facts("claim-self-certification")
                    .add("review.selfCertification.answers", c.selfCertification().answers())
                    .add("review.selfCertification.by", c.selfCertification().certifiedBy())
                    .add("review.selfCertification.on", Facts.date(this, c.selfCertification().certifiedOn())));
        } else {
            proof.add(new H3(getTranslation("review.claim.noProof")));
        }
        return proof;
    }

    /** Runs a decision on the version shown; on success or refusal the page shows the claim as stored now. */
    private void decide(String successKey, ClaimDecisions.Call call) {
        ClaimView shown = claim;
        ClaimView decided = Feedback.attempt(this, (Supplier<ClaimView>) () -> call.on(claims, shown, currentActor.require()));
        if (decided != null) {
            Feedback.success(getTranslation(successKey));
        }
        load(shown.id());
    }

    /** "document:12" as the document's file name, "evidence:CODE" as the requirement's name. */
    String describeConcern(String concerns) {
        if (claim != null && concerns.startsWith("document:")) {
            String id = concerns.substring("document:".length());
            return claim.documents().stream().filter(d -> String.valueOf(d.id()).equals(id))
                    .map(DocumentView::fileName).findFirst().orElse(concerns);
        }
        if (concerns.startsWith("evidence:")) {
            return getTranslation("review.target.requirement", CatalogueNames.requirement(this, type, concerns.substring(9)));
        }
        if ("claim".equals(concerns)) {
            return getTranslation("review.target.claim");
        }
        return concerns;
    }

    @Override
    public String getPageTitle() {
        return (claim == null ? "" : claim.name() + " | ") + getTranslation("review.claim.pageTitle");
    }
}
