package works.incentives.web.plan;

import works.incentives.web.KaribuTest;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import org.junit.jupiter.api.Test;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which step fixes which problem, where a draft resumes, and the review's problem list. */
class PlanStepsTest extends KaribuTest {

    static final Problem OBJECTIVE = Problem.of(Rule.PLAN_OBJECTIVE_MISSING, "plan");
    static final Problem NO_CAMPAIGN = Problem.of(Rule.PLAN_NO_CAMPAIGN, "plan");
    static final Problem OUTSIDE = Problem.of(Rule.PLAN_CAMPAIGN_OUTSIDE_USAGE_PERIOD, "campaign:3", "a", "b");
    static final Problem EMPTY_CAMPAIGN = Problem.of(Rule.PLAN_CAMPAIGN_NO_ACTIVITY, "campaign:3", "Webinars");
    static final Problem METRIC = Problem.of(Rule.PLAN_ACTIVITY_METRIC_MISSING, "activity:7/metric:X", "X");
    static final Problem OVER = Problem.of(Rule.PLAN_OVER_ALLOCATION, "plan", "$21,000", "$20,000");

    @Test
    void eachProblemMapsToTheStepWhereItIsFixed() {
        assertEquals(PlanSteps.BASICS, PlanSteps.stepOf(OBJECTIVE));
        assertEquals(PlanSteps.CAMPAIGNS, PlanSteps.stepOf(NO_CAMPAIGN));
        assertEquals(PlanSteps.CAMPAIGNS, PlanSteps.stepOf(OUTSIDE));
        assertEquals(PlanSteps.ACTIVITIES, PlanSteps.stepOf(EMPTY_CAMPAIGN));
        assertEquals(PlanSteps.ACTIVITIES, PlanSteps.stepOf(METRIC));
        assertEquals(PlanSteps.ACTIVITIES, PlanSteps.stepOf(OVER));
        assertEquals(Map.of(PlanSteps.BASICS, true, PlanSteps.ACTIVITIES, true),
                PlanSteps.withProblems(List.of(OBJECTIVE, METRIC)));
    }

    @Test
    void aDraftResumesAtTheFirstStepWithProblemsElseTheReview() {
        assertEquals(PlanSteps.ACTIVITIES, PlanSteps.resumeStep(List.of(METRIC, EMPTY_CAMPAIGN)));
        assertEquals(PlanSteps.BASICS, PlanSteps.resumeStep(List.of(METRIC, OBJECTIVE)));
        assertEquals(PlanSteps.REVIEW, PlanSteps.resumeStep(List.of()));
        assertEquals(7L, PlanSteps.idOf("activity:7/metric:X", "activity"));
        assertEquals(null, PlanSteps.idOf("plan", "campaign"));
    }

    @Test
    void theReviewListsEveryProblemLocalisedWithAButtonToItsStep() {
        ReviewStep review = shown(new ReviewStep());
        review.show(Fixtures.plan(Fixtures.campaign(3, "Webinars")), "Co-op FY27 · H2 FY27",
                List.of(OBJECTIVE, EMPTY_CAMPAIGN, METRIC), true);
        List<ProblemList.FixEvent> fixes = new ArrayList<>();
        review.addFixListener(fixes::add);
        assertEquals("3 things to fix before the plan can be submitted:", review.problems.summary.getText());
        assertEquals("Fix in Plan basics", review.problems.fixButtons.get(0).getText());
        assertEquals("Fix in Activities", review.problems.fixButtons.get(1).getText());
        assertTrue(review.problems.getElement().getTextRecursively().contains("The plan needs an objective."));
        ButtonKt._click(review.problems.fixButtons.get(2));
        assertEquals(PlanSteps.ACTIVITIES, fixes.get(0).stepId());
        assertEquals("activity:7/metric:X", fixes.get(0).problem().concerns());
    }

    @Test
    void theReviewTellsAUserThatAnAdminSubmits() {
        ReviewStep review = shown(new ReviewStep());
        review.show(Fixtures.plan(), "", List.of(), false);
        assertTrue(review.whoSubmits.getText().contains("a partner admin of your organization submits"));
        assertEquals("Nothing blocks submission: the plan is ready.", review.problems.summary.getText());
        assertTrue(review.summary.getElement().getTextRecursively().contains("Cloud launch"));
    }
}
