package works.incentives.web.review;

import works.incentives.web.i18n.CatalogueNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.DocumentView;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.shared.Actor;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The decisions a claim's state allows, each behind a dialog asking what it needs: start review
 * (SUBMITTED), approve / reject with a reason code / request action pinned to a document or
 * requirement (UNDER_REVIEW, and DISPUTED to decide a dispute), mark paid (APPROVED). It only
 * collects the decision; the page runs it on the version it shows.
 */
class ClaimDecisions extends HorizontalLayout {

    /** One service call on the claim as shown. */
    @FunctionalInterface
    interface Call {
        ClaimView on(ClaimService claims, ClaimView shown, Actor actor);
    }

    final Button startReview = button("claim-start-review", "review.action.startReview");
    final Button approve = button("claim-approve", "review.action.approve");
    final Button reject = button("claim-reject", "review.action.reject");
    final Button requestAction = button("claim-request-action", "review.action.requestAction");
    final Button markPaid = button("claim-mark-paid", "review.action.markPaid");
    private final Span disputeNote = new Span();
    private ClaimView claim;

    ClaimDecisions(BiConsumer<String, Call> decide, Supplier<LocalDate> today) {
        setId("claim-decisions");
        addClassName("review-decisions");
        disputeNote.setId("claim-dispute-note");
        startReview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        startReview.addClickListener(e -> decide.accept("review.done.reviewStarted",
                (s, c, a) -> s.startReview(c.id(), c.version(), a)));
        approve.addClickListener(e -> new DecisionDialog(getTranslation("review.action.approve"),
                getTranslation("review.action.approve")).withComment(false)
                .onConfirm(d -> decide.accept("review.done.approved",
                        (s, c, a) -> s.approve(c.id(), c.version(), d.comment(), a))).open());
        reject.addClickListener(e -> new DecisionDialog(getTranslation("review.action.reject"),
                getTranslation("review.action.reject")).withReason().withComment(true)
                .onConfirm(d -> decide.accept("review.done.rejected",
                        (s, c, a) -> s.reject(c.id(), c.version(), d.reason(), d.comment(), a))).open());
        requestAction.addClickListener(e -> new DecisionDialog(getTranslation("review.action.requestAction"),
                getTranslation("review.action.requestAction")).withTarget(targets()).withComment(true)
                .note(getTranslation("review.decision.answerWindow"))
                .onConfirm(d -> decide.accept("review.done.actionRequested",
                        (s, c, a) -> s.requestAction(c.id(), c.version(), d.comment(), d.target(), a))).open());
        markPaid.addClickListener(e -> new DecisionDialog(getTranslation("review.action.markPaid"),
                getTranslation("review.action.markPaid")).withPayment(today.get())
                .onConfirm(d -> decide.accept("review.done.paid",
                        (s, c, a) -> s.markPaid(c.id(), c.version(), d.reference(), d.paidOn(), a))).open());
        add(startReview, approve, reject, requestAction, markPaid, disputeNote);
    }

    private works.incentives.domain.program.ProgramCommands.ActivityTypeView type;

    /** The catalogue revision the claim is checked against, to name its evidence requirements. */
    void useType(works.incentives.domain.program.ProgramCommands.ActivityTypeView checkedAgainst) {
        this.type = checkedAgainst;
    }

    void show(ClaimView view) {
        this.claim = view;
        ClaimStatus status = view.status();
        boolean deciding = status == ClaimStatus.UNDER_REVIEW || status == ClaimStatus.DISPUTED;
        startReview.setVisible(status == ClaimStatus.SUBMITTED);
        approve.setVisible(deciding);
        reject.setVisible(deciding);
        requestAction.setVisible(deciding);
        markPaid.setVisible(status == ClaimStatus.APPROVED);
        disputeNote.setVisible(status == ClaimStatus.DISPUTED);
        disputeNote.setText(status == ClaimStatus.DISPUTED
                ? getTranslation("review.claim.disputed", view.disputeReason() == null ? "" : view.disputeReason()) : "");
    }

    /** What a request for action may be pinned to: the whole claim, each document, each requirement answered. */
    LinkedHashMap<String, String> targets() {
        LinkedHashMap<String, String> targets = new LinkedHashMap<>();
        targets.put("claim", getTranslation("review.target.claim"));
        for (DocumentView document : claim.documents()) {
            targets.put("document:" + document.id(), getTranslation("review.target.document", document.fileName(),
                    CatalogueNames.requirement(this, type, document.requirementCode())));
        }
        claim.documents().stream().map(DocumentView::requirementCode).distinct().forEach(code ->
                targets.put("evidence:" + code, getTranslation("review.target.requirement",
                        CatalogueNames.requirement(this, type, code))));
        return targets;
    }

    private Button button(String id, String key) {
        Button button = new Button(getTranslation(key));
        button.setId(id);
        return button;
    }
}
