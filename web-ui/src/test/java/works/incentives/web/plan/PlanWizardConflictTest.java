package works.incentives.web.plan;

import works.incentives.web.KaribuTest;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;
import works.incentives.domain.plan.PlanCommands.PlanBasics;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Problem;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 10, defect: the plan wizard saves with the version the partner saw. A colleague saved the
 * same draft meanwhile: the partner's save is refused, the shared "changed by someone else"
 * sentence shows, and the wizard shows the colleague's plan at the same step; the next save
 * carries the fresh version.
 */
class PlanWizardConflictTest extends KaribuTest {

    /** The plan as the fake service stores it; saves check the version as the real service does. */
    PlanView stored = Fixtures.plan(Fixtures.campaign(8, "Spring", Fixtures.ads(11, "5000"), Fixtures.ads(12, "2000")));
    final List<String> calls = new ArrayList<>();

    private PlanView stored(String title, int activities) {
        var campaign = stored.campaigns().get(0);
        var kept = Fixtures.campaign(campaign.id(), campaign.name(),
                campaign.activities().subList(0, activities).toArray(new works.incentives.domain.plan.PlanCommands.ActivityView[0]));
        PlanView fresh = Fixtures.plan(kept);
        return new PlanView(fresh.id(), stored.version() + 1, fresh.partnerId(), fresh.programId(), fresh.allocationId(),
                fresh.fundingPeriodId(), fresh.currencyCode(), title, fresh.objective(), null, fresh.status(),
                fresh.plannedTotal(), null, null, null, null, fresh.campaigns());
    }

    private void requireSeen(long expectedVersion) {
        if (expectedVersion != stored.version()) {
            throw new OptimisticLockException("plan 5 is at version " + stored.version());
        }
    }

    /** The wizard at a step over the fake services (also the text scan's fixture). */
    PlanWizardView open(String step) {
        PlanService plans = new PlanService() {
            @Override
            public PlanView get(long planId, Actor actor) {
                return stored;
            }

            @Override
            public List<Problem> check(long planId, Actor actor) {
                return List.of();
            }

            @Override
            public PlanView updateBasics(long planId, long expectedVersion, PlanBasics basics, Actor actor) {
                calls.add("updateBasics v" + expectedVersion + " " + basics.title());
                requireSeen(expectedVersion);
                stored = stored(basics.title(), stored.campaigns().get(0).activities().size());
                return stored;
            }

            @Override
            public PlanView removeActivity(long planId, long expectedVersion, long activityId, Actor actor) {
                calls.add("removeActivity v" + expectedVersion + " " + activityId);
                requireSeen(expectedVersion);
                stored = stored(stored.title(), 1);
                return stored;
            }
        };
        return PlanWizardHarness.open(plans, step);
    }

    @Test
    void aSaveAfterAColleaguesSaveIsRefusedAndTheWizardShowsTheirPlanAtTheSameStep() {
        PlanWizardView view = open(PlanSteps.BASICS);
        assertEquals("Cloud launch", view.basicsStep.title.getValue());
        stored = stored("Colleague's title", 2);

        view.basicsStep.title.setValue("My title");
        _click(_get(Button.class, spec -> spec.withId("wizard-next")));

        assertEquals(List.of("updateBasics v1 My title"), calls);
        assertEquals("Colleague's title", stored.title(), "nothing of the stale save was stored");
        NotificationsKt.expectNotifications("This was changed by someone else in the meantime. The screen shows their"
                + " change now; please check it and try again.");
        assertEquals(PlanSteps.BASICS, view.wizard().current().stepId());
        assertEquals("Colleague's title", view.basicsStep.title.getValue());
    }

    @Test
    void afterTheReloadTheNextSaveCarriesTheFreshVersion() {
        PlanWizardView view = open(PlanSteps.ACTIVITIES);
        stored = stored("Cloud launch", 2);

        _click(_get(Button.class, spec -> spec.withId("activity-remove-0-1")));
        assertEquals(List.of("removeActivity v1 12"), calls);
        assertEquals(2, stored.campaigns().get(0).activities().size(), "the stale removal changed nothing");
        NotificationsKt.expectNotifications("This was changed by someone else in the meantime. The screen shows their"
                + " change now; please check it and try again.");

        _click(_get(Button.class, spec -> spec.withId("activity-remove-0-1")));
        assertEquals(List.of("removeActivity v1 12", "removeActivity v2 12"), calls);
        assertEquals(1, stored.campaigns().get(0).activities().size());
        assertEquals(PlanSteps.ACTIVITIES, view.wizard().current().stepId());
    }
}
