package works.incentives.web.review;

import works.incentives.web.i18n.CatalogueNames;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.audit.HistoryView;
import works.incentives.domain.claim.Claim;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.DocumentView;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Problem;
import works.incentives.web.component.CommentTargets;
import works.incentives.web.component.CommentsPanel;
import works.incentives.web.component.Feedback;
import works.incentives.web.component.HistoryPanel;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
public class ClaimReviewView extends ReviewPageView<ClaimView> {

    private static final Kind<ClaimView> KIND = new Kind<>("claim", "review.claim.pageTitle", ClaimView::id,
            ClaimView::name, item -> item.status(), item -> item.status().messageKey());

    private final ClaimService claims;
    final ClaimDecisions decisions;
    final EvidencePanel evidence = new EvidencePanel();
    final ChecklistPanel checklist = new ChecklistPanel();
    final HistoryPanel history;
    final CommentsPanel comments;
    /** The catalogue revision the shown claim is checked against (names and rules). */
    private ActivityTypeView type;

    @Inject
    public ClaimReviewView(ClaimService claims, PartnerService partners, ProgramService programs,
                           CurrentActor currentActor, Clock clock) {
        super(KIND, partners, programs, currentActor);
        this.claims = claims;
        body.setId("claim-body");
        decisions = new ClaimDecisions(this::decide, () -> LocalDate.now(clock));
        history = new HistoryPanel("status.claim.", this::describeConcern);
        comments = new CommentsPanel((concerns, text) -> claims.comment(shown().id(), concerns, text,
                currentActor.require()), () -> load(shown().id()));
        evidence.useMarkers(comments::marker);
        add(header(), decisions, body);
    }

    @Override
    ClaimView fetch(long claimId, Actor actor) {
        return claims.get(claimId, actor);
    }

    @Override
    void showItem(ClaimView view) {
        type = view.activityTypeCode() == null ? null : claims.activityTypeOf(view.id(), currentActor.require());
        decisions.useType(type);
        decisions.show(view);
        List<HistoryView> entries = claims.history(view.id(), currentActor.require());
        comments.show(entries, CommentTargets.claim(this, view, type));
        evidence.useType(type);
        evidence.show(view.id(), view.documents());
        List<Problem> problems = Feedback.attempt(this, () -> claims.check(view.id(), currentActor.require()));
        checklist.show(problems == null ? List.of() : problems);
        history.show(entries);
        body.removeAll();
        body.add(new Div(ClaimFacts.of(this, view, type, partnerName(view.partnerId()), programName(view.programId())),
                proof(view), evidence, comments), new Div(checklist, history));
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
        proof.add(comments.marker(Claim.COSTS_TARGET));
        return proof;
    }

    private void decide(String successKey, ClaimDecisions.Call call) {
        decideOn(successKey, shown -> call.on(claims, shown, currentActor.require()));
    }

    /** "document:12" as the document's file name, "evidence:CODE" as the requirement's name. */
    String describeConcern(String concerns) {
        if (shown() != null && concerns.startsWith("document:")) {
            String id = concerns.substring("document:".length());
            return shown().documents().stream().filter(d -> String.valueOf(d.id()).equals(id))
                    .map(DocumentView::fileName).findFirst().orElse(concerns);
        }
        if (concerns.startsWith("evidence:")) {
            return getTranslation("review.target.requirement", CatalogueNames.requirement(this, type, concerns.substring(9)));
        }
        if ("claim".equals(concerns)) {
            return getTranslation("review.target.claim");
        }
        if (Claim.COSTS_TARGET.equals(concerns)) {
            return getTranslation("comments.target.costs");
        }
        return concerns;
    }
}
