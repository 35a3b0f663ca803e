package works.incentives.web.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.shared.Actor;

import works.incentives.web.component.CommentTargets;

import java.util.LinkedHashMap;
import java.util.function.BiConsumer;

/**
 * The decisions a plan's state allows: start review (SUBMITTED), approve with an optional approved
 * limit, reject with a reason, request action pinned to the plan, a campaign or an activity
 * (SUBMITTED or UNDER_REVIEW), raise the limit (APPROVED). It collects the decision; the page runs
 * it on the version it shows.
 */
class PlanDecisions extends HorizontalLayout {

    /** One service call on the plan as shown. */
    @FunctionalInterface
    interface Call {
        PlanView on(PlanService plans, PlanView shown, Actor actor);
    }

    final Button startReview = button("plan-start-review", "review.action.startReview");
    final Button approve = button("plan-approve", "review.action.approve");
    final Button reject = button("plan-reject", "review.action.reject");
    final Button requestAction = button("plan-request-action", "review.action.requestAction");
    final Button raiseLimit = button("plan-raise-limit", "review.action.raiseLimit");
    private PlanView plan;

    PlanDecisions(BiConsumer<String, Call> decide) {
        setId("plan-decisions");
        addClassName("review-decisions");
        startReview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        startReview.addClickListener(e -> decide.accept("review.done.reviewStarted",
                (s, p, a) -> s.startReview(p.id(), p.version(), a)));
        approve.addClickListener(e -> new DecisionDialog(getTranslation("review.action.approve"),
                getTranslation("review.action.approve")).withLimit().withComment(false)
                .onConfirm(d -> decide.accept("review.done.approved",
                        (s, p, a) -> s.approve(p.id(), p.version(), d.limit(), d.comment(), a))).open());
        reject.addClickListener(e -> new DecisionDialog(getTranslation("review.action.reject"),
                getTranslation("review.action.reject")).withComment(true)
                .onConfirm(d -> decide.accept("review.done.rejected",
                        (s, p, a) -> s.reject(p.id(), p.version(), d.comment(), a))).open());
        requestAction.addClickListener(e -> new DecisionDialog(getTranslation("review.action.requestAction"),
                getTranslation("review.action.requestAction")).withTarget(targets()).withComment(true)
                .onConfirm(d -> decide.accept("review.done.actionRequested",
                        (s, p, a) -> s.requestAction(p.id(), p.version(), d.comment(), d.target(), a))).open());
        raiseLimit.addClickListener(e -> {
            DecisionDialog dialog = new DecisionDialog(getTranslation("review.action.raiseLimit"),
                    getTranslation("review.action.raiseLimit")).withLimit();
            dialog.onConfirm(d -> decide.accept("review.done.limitRaised",
                    (s, p, a) -> s.raiseApprovedLimit(p.id(), p.version(), d.limit(), a))).open();
        });
        add(startReview, approve, reject, requestAction, raiseLimit);
    }

    private java.util.List<works.incentives.domain.program.ProgramCommands.ActivityTypeView> catalogue = java.util.List.of();

    /** The catalogue revisions the plan is checked against, to name its activities. */
    void useCatalogue(java.util.List<works.incentives.domain.program.ProgramCommands.ActivityTypeView> types) {
        this.catalogue = java.util.List.copyOf(types);
    }

    void show(PlanView view) {
        this.plan = view;
        PlanStatus status = view.status();
        boolean open = status == PlanStatus.SUBMITTED || status == PlanStatus.UNDER_REVIEW;
        startReview.setVisible(status == PlanStatus.SUBMITTED);
        approve.setVisible(open);
        reject.setVisible(open);
        requestAction.setVisible(open);
        raiseLimit.setVisible(status == PlanStatus.APPROVED);
    }

    /** The plan, each campaign and each activity, in the order the page shows them. */
    LinkedHashMap<String, String> targets() {
        return CommentTargets.plan(this, plan, catalogue);
    }

    private Button button(String id, String key) {
        Button button = new Button(getTranslation(key));
        button.setId(id);
        return button;
    }
}
