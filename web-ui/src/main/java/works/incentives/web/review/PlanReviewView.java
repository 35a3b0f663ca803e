package works.incentives.web.review;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.audit.HistoryView;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Problem;
import works.incentives.web.component.CommentsPanel;
import works.incentives.web.component.Feedback;
import works.incentives.web.component.HistoryPanel;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import java.util.List;

/**
 * A plan as the partner submitted it (campaigns, activities), the fund it draws on, the
 * pre-submission check run again, the history, and the decisions its state allows. Every decision
 * carries the version shown; when someone else changed the plan meanwhile, {@link Feedback} says so
 * and the page shows the fresh state.
 */
@Route(value = "review/plans/:planId", layout = MainLayout.class)
@RolesAllowed(Roles.REVIEWER)
@StyleSheet("context://styles/review.css")
public class PlanReviewView extends ReviewPageView<PlanView> {

    private static final Kind<PlanView> KIND = new Kind<>("plan", "review.plan.pageTitle", PlanView::id,
            PlanView::title, item -> item.status(), item -> item.status().messageKey());

    private final PlanService plans;
    private final AllocationService allocations;
    final PlanDecisions decisions = new PlanDecisions(this::decide);
    final PlanContent content = new PlanContent();
    final ChecklistPanel checklist = new ChecklistPanel();
    final HistoryPanel history = new HistoryPanel("status.plan.", this::describeConcern);
    final CommentsPanel comments;

    @Inject
    public PlanReviewView(PlanService plans, AllocationService allocations, PartnerService partners,
                          ProgramService programs, CurrentActor currentActor) {
        super(KIND, partners, programs, currentActor);
        this.plans = plans;
        this.allocations = allocations;
        comments = new CommentsPanel((concerns, text) -> plans.comment(shown().id(), concerns, text,
                currentActor.require()), () -> load(shown().id()));
        content.useMarkers(comments::marker);
        add(header(), decisions, body);
    }

    @Override
    PlanView fetch(long planId, Actor actor) {
        return plans.get(planId, actor);
    }

    @Override
    void showItem(PlanView view) {
        List<ActivityTypeView> catalogue = Feedback.attempt(this, () -> plans.catalogueOf(view.id(), currentActor.require()));
        decisions.useCatalogue(catalogue == null ? List.of() : catalogue);
        decisions.show(view);
        List<HistoryView> entries = plans.history(view.id(), currentActor.require());
        comments.show(entries, decisions.targets());
        content.show(view, catalogue == null ? List.of() : catalogue);
        List<Problem> problems = Feedback.attempt(this, () -> plans.check(view.id(), currentActor.require()));
        checklist.show(problems == null ? List.of() : problems);
        history.show(entries);
        body.removeAll();
        body.add(new Div(facts(view), content, comments), new Div(fund(view), checklist, history));
    }

    private Facts facts(PlanView p) {
        return new Facts("plan-facts")
                .add("review.claim.partner", partnerName(p.partnerId()))
                .add("review.claim.program", programName(p.programId()))
                .add("review.plan.objective", p.objective())
                .add("review.plan.plannedTotal", Facts.money(this, p.plannedTotal(), p.currencyCode()))
                .add("review.plan.approvedLimit", Facts.money(this, p.approvedLimit(), p.currencyCode()))
                .add("review.claim.reviewer", p.reviewer())
                .add("review.plan.decisionComment", p.decisionComment());
    }

    private Div fund(PlanView p) {
        Div fund = new Div();
        fund.setId("plan-fund");
        fund.addClassName("review-section");
        fund.add(new H3(getTranslation("review.fund.title")));
        AllocationView a = Feedback.attempt(this, () -> allocations.get(p.allocationId(), currentActor.require()));
        if (a != null) {
            fund.add(new Facts("plan-fund-facts")
                    .add("review.fund.period", a.periodName())
                    .add("review.fund.allocated", Facts.money(this, a.allocated(), a.currencyCode()))
                    .add("review.fund.committed", Facts.money(this, a.committed(), a.currencyCode()))
                    .add("review.fund.claimed", Facts.money(this, a.claimed(), a.currencyCode()))
                    .add("review.fund.paid", Facts.money(this, a.paid(), a.currencyCode()))
                    .add("review.fund.uncommitted", Facts.money(this, a.uncommitted(), a.currencyCode()))
                    .add("review.fund.deadline", getTranslation("review.fund.deadlineDays",
                            Facts.date(this, a.claimDeadline()), a.daysLeft())));
        }
        return fund;
    }

    private void decide(String successKey, PlanDecisions.Call call) {
        decideOn(successKey, shown -> call.on(plans, shown, currentActor.require()));
    }

    /** "campaign:3" and "activity:7" by name, as the request-action dialog offered them. */
    String describeConcern(String concerns) {
        if (shown() != null) {
            String label = decisions.targets().get(concerns);
            if (label != null) {
                return label;
            }
        }
        return concerns;
    }
}
