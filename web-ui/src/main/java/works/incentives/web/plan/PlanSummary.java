package works.incentives.web.plan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import works.incentives.domain.audit.HistoryView;
import works.incentives.domain.plan.PlanCommands.ActivityView;
import works.incentives.domain.plan.PlanCommands.CampaignView;
import works.incentives.domain.plan.PlanCommands.PlanView;

import java.util.List;
import works.incentives.web.i18n.CatalogueNames;
import works.incentives.web.i18n.LocalFormats;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The whole plan on one page, as the reviewer sees it. Reviewer feedback pinned to a campaign or
 * activity ({@code "activity:7"}) is shown on that item, not buried in a history list.
 */
public class PlanSummary extends Div {

    private PlanView plan;
    private String fundLabel = "";
    private Map<String, List<HistoryView>> feedback = Map.of();

    private List<works.incentives.domain.program.ProgramCommands.ActivityTypeView> catalogue = List.of();
    private Function<String, Component> markers = concerns -> null;

    /** Each item (plan, campaign, activity) shows what {@code marker} makes of its key, e.g. its comments' count. */
    public void useMarkers(Function<String, Component> marker) {
        this.markers = marker;
    }

    /** The catalogue the plan's activities are named from (admin types carry their own names). */
    public void useCatalogue(List<works.incentives.domain.program.ProgramCommands.ActivityTypeView> types) {
        this.catalogue = List.copyOf(types);
    }

    public PlanSummary() {
        setId("plan-summary");
        addClassName("plan-summary");
    }

    /** Shows the plan; {@code feedbackByConcern}: history entries with comments, by the item they concern. */
    public void show(PlanView shown, String fund, Map<String, List<HistoryView>> feedbackByConcern) {
        this.plan = shown;
        this.fundLabel = fund;
        this.feedback = Map.copyOf(feedbackByConcern);
        render();
    }

    void render() {
        removeAll();
        if (plan == null) {
            return;
        }
        Locale locale = getLocale();
        DescriptionList facts = new DescriptionList();
        fact(facts, "summary.title", plan.title(), "summary-title");
        fact(facts, "summary.objective", plan.objective(), "summary-objective");
        fact(facts, "summary.fund", fundLabel, "summary-fund");
        fact(facts, "summary.status", getTranslation(plan.status().messageKey()), "summary-status");
        fact(facts, "summary.total", Formats.money(plan.plannedTotal(), plan.currencyCode(), locale), "summary-total");
        if (plan.approvedLimit() != null) {
            fact(facts, "summary.approvedLimit", Formats.money(plan.approvedLimit(), plan.currencyCode(), locale),
                    "summary-approved-limit");
        }
        if (plan.reviewer() != null) {
            fact(facts, "summary.reviewer", plan.reviewer(), "summary-reviewer");
        }
        add(facts);
        addFeedback(this, "plan");
        for (int c = 0; c < plan.campaigns().size(); c++) {
            add(campaign(c, plan.campaigns().get(c)));
        }
    }

    private Div campaign(int index, CampaignView campaign) {
        Div box = new Div();
        box.setId("summary-campaign-" + index);
        box.addClassName("summary-campaign");
        box.add(new H3(campaign.name()));
        box.add(new Paragraph(getTranslation("campaign.dates", Formats.date(campaign.start(), getLocale()),
                Formats.date(campaign.end(), getLocale()))));
        Paragraph total = new Paragraph(getTranslation("summary.campaignTotal",
                Formats.money(campaign.plannedTotal(), plan.currencyCode(), getLocale())));
        total.setId("summary-campaign-total-" + index);
        total.addClassName("summary-campaign-total");
        box.add(total);
        if (campaign.objective() != null && !campaign.objective().isBlank()) {
            box.add(new Paragraph(campaign.objective()));
        }
        addFeedback(box, "campaign:" + campaign.id());
        for (int a = 0; a < campaign.activities().size(); a++) {
            box.add(activity(index, a, campaign.activities().get(a)));
        }
        return box;
    }

    private Div activity(int c, int a, ActivityView activity) {
        Div box = new Div();
        box.setId("summary-activity-" + c + "-" + a);
        box.addClassName("summary-activity");
        box.add(new H4(CatalogueNames.activityType(this, catalogue, activity.activityTypeCode()) + " · "
                + Formats.money(activity.plannedAmount(), plan.currencyCode(), getLocale())));
        box.add(new Paragraph(getTranslation("summary.countries",
                LocalFormats.countries(activity.countries(), getLocale()))));
        activity.plannedMetrics().forEach((metric, value) ->
                box.add(new Paragraph(getTranslation("metric.value",
                        CatalogueNames.metric(this, catalogue, activity.activityTypeCode(), metric), value))));
        if (activity.description() != null && !activity.description().isBlank()) {
            box.add(new Paragraph(activity.description()));
        }
        addFeedback(box, "activity:" + activity.id());
        return box;
    }

    private void addFeedback(Div target, String concerns) {
        Component marker = markers.apply(concerns);
        if (marker != null) {
            target.add(marker);
        }
        for (HistoryView entry : feedback.getOrDefault(concerns, List.of())) {
            Div note = new Div(new Span(getTranslation("summary.feedback", entry.actorName(),
                    Formats.date(entry.at().atZone(java.time.ZoneOffset.UTC).toLocalDate(), getLocale()))),
                    new Paragraph(entry.details()));
            note.addClassName("reviewer-feedback");
            note.getElement().setAttribute("data-concerns", concerns);
            target.add(note);
        }
    }

    private void fact(DescriptionList list, String key, String value, String id) {
        DescriptionList.Description description = new DescriptionList.Description(value == null ? "–" : value);
        description.setId(id);
        list.add(new DescriptionList.Term(getTranslation(key)), description);
    }
}
