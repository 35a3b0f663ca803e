package works.incentives.web.plan;

import works.incentives.web.KaribuTest;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.Test;
import works.incentives.domain.audit.HistoryView;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanQuery;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan page's reviewer feedback in place, and My plans' server-side sorting. */
class PlanPagesTest extends KaribuTest {

    private static HistoryView entry(String action, String concerns, String details) {
        return new HistoryView(1, action, "SUBMITTED", "ACTION_REQUIRED", "rita", "REVIEWER",
                Instant.parse("2027-02-03T10:00:00Z"), concerns, details);
    }

    @Test
    void reviewerFeedbackIsShownOnTheActivityItConcerns() {
        PlanView plan = Fixtures.plan(Fixtures.campaign(11, "Webinars", Fixtures.ads(31, "12000")));
        List<HistoryView> history = List.of(
                entry("SUBMITTED", null, null),
                entry("ACTION_REQUESTED", "activity:31", "Name the ad platforms in the description."),
                entry("COMMENTED", "plan", "Please also add a telemarketing follow-up."));
        PlanSummary summary = shown(new PlanSummary());
        summary.show(plan, "CSP · H2 FY27", PlanDetailView.feedbackByConcern(history));
        String activity = summary.getChildren().filter(c -> c.getId().orElse("").equals("summary-campaign-0"))
                .findFirst().orElseThrow().getElement().getTextRecursively();
        assertTrue(activity.contains("Name the ad platforms in the description."), activity);
        assertTrue(activity.contains("Reviewer feedback from rita on Feb 3, 2027"), activity);
        assertFalse(activity.contains("telemarketing"), "plan-wide feedback stays at the plan");
        assertTrue(summary.getElement().getTextRecursively().contains("telemarketing"));
    }

    @Test
    void theGridsSortOrderBecomesTheServicesSort() {
        assertEquals(PlanQuery.Sort.ID, MyPlansView.sort(List.of()));
        assertEquals(PlanQuery.Sort.SUBMITTED_OLDEST_FIRST,
                MyPlansView.sort(List.of(new QuerySortOrder("submitted", SortDirection.ASCENDING))));
        assertEquals(PlanQuery.Sort.SUBMITTED_NEWEST_FIRST,
                MyPlansView.sort(List.of(new QuerySortOrder("submitted", SortDirection.DESCENDING))));
    }
}
