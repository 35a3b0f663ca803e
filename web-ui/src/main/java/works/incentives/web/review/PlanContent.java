package works.incentives.web.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import works.incentives.domain.plan.PlanCommands.ActivityView;
import works.incentives.domain.plan.PlanCommands.CampaignView;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.web.i18n.CatalogueNames;
import works.incentives.web.plan.TypeRules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The plan as submitted: each campaign with its objective and dates, each activity with its type,
 * countries, planned amount and planned metrics, and the catalogue revision whose rules (caps)
 * the plan is checked against. Element ids carry the campaign and activity ids so feedback pinned
 * to them can be found on the page.
 */
class PlanContent extends Div {

    private List<ActivityTypeView> catalogue = List.of();
    private Function<String, Component> markers = concerns -> null;

    PlanContent() {
        setId("plan-content");
        addClassName("review-section");
    }

    /** Each campaign and activity shows what {@code marker} makes of its key, e.g. its comments' count. */
    void useMarkers(Function<String, Component> marker) {
        this.markers = marker;
    }

    void show(PlanView plan) {
        show(plan, catalogue);
    }

    /** {@code types}: the catalogue revisions that apply to the plan, one per type code. */
    void show(PlanView plan, List<ActivityTypeView> types) {
        this.catalogue = List.copyOf(types);
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
            addMarker(box, "campaign:" + campaign.id());
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
        ActivityTypeView type = catalogue.stream().filter(t -> t.code().equals(activity.activityTypeCode()))
                .findFirst().orElse(null);
        Span name = new Span(type == null ? CatalogueNames.activityType(this, activity.activityTypeCode())
                : CatalogueNames.activityType(this, type));
        name.addClassName("activity-type");
        Facts facts = new Facts("activity-facts-" + activity.id())
                .add("review.activity.countries", String.join(", ", activity.countries()))
                .add("review.activity.amount", Facts.money(this, activity.plannedAmount(), plan.currencyCode()))
                .add("review.activity.description", activity.description())
                .add("review.activity.metrics", activity.plannedMetrics().entrySet().stream()
                        .map(m -> CatalogueNames.metric(this, type, m.getKey()) + ": " + m.getValue())
                        .collect(Collectors.joining("; ")));
        row.add(name, facts);
        addMarker(row, "activity:" + activity.id());
        if (type != null) {
            row.add(rules(activity, type, plan.currencyCode()));
        }
        return row;
    }

    private void addMarker(Div item, String concerns) {
        Component marker = markers.apply(concerns);
        if (marker != null) {
            item.add(marker);
        }
    }

    /** "Catalogue revision 1, as first set up · At most $18,750.00 per usage period". */
    private Paragraph rules(ActivityView activity, ActivityTypeView type, String currencyCode) {
        List<String> parts = new ArrayList<>();
        parts.add(CatalogueNames.revision(this, type));
        List<String> caps = TypeRules.capTexts(this, type, currencyCode);
        parts.add(caps.isEmpty() ? getTranslation("typeRules.noCaps") : String.join("; ", caps));
        Paragraph rules = new Paragraph(String.join(" · ", parts));
        rules.setId("activity-rules-" + activity.id());
        rules.addClassName("catalogue-revision");
        rules.getElement().setAttribute("data-revision", String.valueOf(type.revision()));
        return rules;
    }
}
