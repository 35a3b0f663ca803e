package works.incentives.web.plan;

import org.junit.jupiter.api.Test;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;
import works.incentives.web.KaribuTest;
import works.incentives.web.component.wizard.StepState;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, item 5: the progress indicator never surprises. Going back keeps the later steps the
 * partner completed marked done; a step the partner has not reached yet is "not started", never
 * "has problems", even when the server already knows it will need something there.
 */
class PlanWizardStepStatesTest extends KaribuTest {

    PlanView stored = Fixtures.plan(Fixtures.campaign(8, "Spring", Fixtures.ads(11, "5000")));
    List<Problem> problems = List.of();

    private PlanWizardView open(String step) {
        return PlanWizardHarness.open(new PlanService() {
            @Override
            public PlanView get(long planId, Actor actor) {
                return stored;
            }

            @Override
            public List<Problem> check(long planId, Actor actor) {
                return problems;
            }
        }, step);
    }

    private static Map<String, StepState> states(PlanWizardView view) {
        return Map.of(PlanSteps.FUND, state(view, PlanSteps.FUND), PlanSteps.BASICS, state(view, PlanSteps.BASICS),
                PlanSteps.CAMPAIGNS, state(view, PlanSteps.CAMPAIGNS), PlanSteps.ACTIVITIES,
                state(view, PlanSteps.ACTIVITIES), PlanSteps.REVIEW, state(view, PlanSteps.REVIEW));
    }

    private static StepState state(PlanWizardView view, String step) {
        return view.wizard().progress().state(step);
    }

    @Test
    void goingBackKeepsTheLaterStepsThatAreCompleteMarkedDone() {
        PlanWizardView view = open(PlanSteps.REVIEW);
        PlanWizardHarness.enter(view, PlanSteps.BASICS);
        assertEquals(Map.of(PlanSteps.FUND, StepState.DONE, PlanSteps.BASICS, StepState.CURRENT,
                PlanSteps.CAMPAIGNS, StepState.DONE, PlanSteps.ACTIVITIES, StepState.DONE,
                PlanSteps.REVIEW, StepState.DONE), states(view));
    }

    @Test
    void aResumedDraftShowsTheStepsItsContentReachedAsDoneOrWithProblems() {
        problems = List.of(new Problem(Rule.PLAN_OVER_ALLOCATION, null, List.of()));
        PlanWizardView view = open(PlanSteps.BASICS);
        assertEquals(Map.of(PlanSteps.FUND, StepState.DONE, PlanSteps.BASICS, StepState.CURRENT,
                PlanSteps.CAMPAIGNS, StepState.DONE, PlanSteps.ACTIVITIES, StepState.PROBLEMS,
                PlanSteps.REVIEW, StepState.TODO), states(view), "activities exist: the partner was there");
    }

    @Test
    void aStepNotReachedYetIsNotStartedEvenWhenItWillNeedSomething() {
        stored = Fixtures.plan();
        problems = List.of(new Problem(Rule.PLAN_NO_CAMPAIGN, null, List.of()));
        PlanWizardView view = open(PlanSteps.BASICS);
        assertEquals(StepState.TODO, state(view, PlanSteps.CAMPAIGNS), "a new draft's campaigns step");
        assertEquals(StepState.TODO, state(view, PlanSteps.ACTIVITIES));

        PlanWizardHarness.enter(view, PlanSteps.CAMPAIGNS);
        PlanWizardHarness.enter(view, PlanSteps.BASICS);
        assertEquals(StepState.PROBLEMS, state(view, PlanSteps.CAMPAIGNS), "reached, left without a campaign");
        assertEquals(StepState.TODO, state(view, PlanSteps.ACTIVITIES));
        assertTrue(view.wizard().progress().text(PlanSteps.CAMPAIGNS).contains("Has problems"));
    }
}
