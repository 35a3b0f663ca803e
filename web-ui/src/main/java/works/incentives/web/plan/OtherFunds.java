package works.incentives.web.plan;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.plan.PlanCommands.PlanRow;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The partner's funds a new plan cannot take, said before the partner picks one: a fund that
 * already has its plan (one per fund and period) links to that plan; an expired or closed fund
 * says why. Nothing here is refused only after Next.
 */
class OtherFunds extends Div {

    final UnorderedList planned = new UnorderedList();
    final UnorderedList closed = new UnorderedList();
    private final H3 plannedTitle = new H3();
    private final H3 closedTitle = new H3();

    OtherFunds() {
        setId("plan-fund-others");
        addClassName("plan-fund-others");
        planned.setId("plan-fund-planned");
        closed.setId("plan-fund-closed");
        add(plannedTitle, planned, closedTitle, closed);
    }

    /** {@code plans}: the partner's plan per fund id; {@code label}: how a fund is named in the step. */
    void show(List<AllocationView> withPlan, List<AllocationView> notOpen, Map<Long, PlanRow> plans,
              Function<AllocationView, String> label) {
        planned.removeAll();
        closed.removeAll();
        for (AllocationView fund : withPlan) {
            PlanRow plan = plans.get(fund.id());
            boolean draft = plan.status() == works.incentives.domain.plan.PlanStatus.DRAFT;
            Anchor link = new Anchor(draft ? DraftList.resumeRoute(plan.id()) : "plans/" + plan.id(),
                    getTranslation(draft ? "fund.planned.resume" : "fund.planned.open", label.apply(fund), plan.title()));
            link.setId("plan-fund-planned-" + fund.id());
            planned.add(new ListItem(link));
        }
        for (AllocationView fund : notOpen) {
            ListItem item = new ListItem(getTranslation("fund.closed.expired", label.apply(fund)));
            item.setId("plan-fund-closed-" + fund.id());
            closed.add(item);
        }
        plannedTitle.setText(getTranslation("fund.planned.title"));
        closedTitle.setText(getTranslation("fund.closed.title"));
        plannedTitle.setVisible(!withPlan.isEmpty());
        planned.setVisible(!withPlan.isEmpty());
        closedTitle.setVisible(!notOpen.isEmpty());
        closed.setVisible(!notOpen.isEmpty());
        setVisible(!withPlan.isEmpty() || !notOpen.isEmpty());
    }
}
