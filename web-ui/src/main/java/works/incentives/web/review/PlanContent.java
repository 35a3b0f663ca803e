package works.incentives.web.review;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import works.incentives.domain.plan.PlanCommands.ActivityView;
import works.incentives.domain.plan.PlanCommands.CampaignView;
import works.incentives.domain.plan.PlanCommands.PlanView;

import java.util.stream.Collectors;

/**
 * The plan as submitted: each campaign with its objective and dates, each activity with its type,
 * countries, planned amount and planned metrics. Element ids carry the campaign and activity ids
 * so feedback pinned to them can be found on the page.
 */
class PlanContent extends Div {

    PlanContent() {
        setId("plan-content");
        addClassName("review-section");
    }

    void show(PlanView plan) {
        removeAll();
        add(new H3(getTranslation("review.plan.campaigns")));
        if (plan.campaigns().isEmpty()) {
            add(new Paragraph(getTranslation("review.plan.noCampaigns")));
        }
        for (CampaignView campaign : plan.campaigns()) {
            Div box = new Div();
            box.setId("campaign-" + campaign.id());
            box.addClassName("plan-campaign");
            box.add(new H4(campaign.name()), new Facts("campaign-facts-" + campaign.id())
                    .add("review.campaign.objective", campaign.objective())
                    .add("review.campaign.dates", getTranslation("review.campaign.range",
                            Facts.date(this, campaign.start()), Facts.date(this, campaign.end())))
                    .add("review.campaign.total", Facts.money(this, campaign.plannedTotal(), plan.currencyCode())));
            for (ActivityView activity : campaign.activities()) {
                box.add(activity(plan, activity));
            }
            add(box);
        }
    }

    private Div activity(PlanView plan, ActivityView activity) {
        Div row = new Div();
        row.setId("activity-" + activity.id());
        row.addClassName("plan-activity");
        Span type = new Span(getTranslation("activityType." + activity.activityTypeCode()));
        type.addClassName("activity-type");
        Facts facts = new Facts("activity-facts-" + activity.id())
                .add("review.activity.countries", String.join(", ", activity.countries()))
                .add("review.activity.amount", Facts.money(this, activity.plannedAmount(), plan.currencyCode()))
                .add("review.activity.description", activity.description())
                .add("review.activity.metrics", activity.plannedMetrics().entrySet().stream()
                        .map(m -> getTranslation("metric." + m.getKey()) + ": " + m.getValue())
                        .collect(Collectors.joining("; ")));
        row.add(type, facts);
        return row;
    }
}
