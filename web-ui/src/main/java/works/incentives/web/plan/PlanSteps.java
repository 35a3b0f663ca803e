package works.incentives.web.plan;

import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;
import works.incentives.web.component.wizard.StepMap;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The plan wizard's step ids (also their URL segments) and which step fixes which problem. */
public final class PlanSteps {

    public static final String FUND = "fund";
    public static final String BASICS = "basics";
    public static final String CAMPAIGNS = "campaigns";
    public static final String ACTIVITIES = "activities";
    public static final String REVIEW = "review";
    public static final List<String> ORDER = List.of(FUND, BASICS, CAMPAIGNS, ACTIVITIES, REVIEW);
    /** The steps as URLs, for the wizard skeleton. */
    public static final StepMap MAP = new StepMap("plans", ORDER, PlanSteps::stepOf);

    private PlanSteps() {
    }

    /** The step where the partner fixes a problem, from the item it concerns and its rule. */
    public static String stepOf(Problem problem) {
        String concerns = problem.concerns() == null ? "plan" : problem.concerns();
        if (concerns.startsWith("activity:")) {
            return ACTIVITIES;
        }
        if (concerns.startsWith("campaign:")) {
            return problem.rule() == Rule.PLAN_CAMPAIGN_NO_ACTIVITY ? ACTIVITIES : CAMPAIGNS;
        }
        if (problem.rule() == Rule.PLAN_NO_CAMPAIGN) {
            return CAMPAIGNS;
        }
        if (problem.rule() == Rule.PLAN_OVER_ALLOCATION) {
            return ACTIVITIES;
        }
        if (problem.rule() == Rule.PLAN_SUBMISSION_CLOSED) {
            return REVIEW;
        }
        return BASICS;
    }

    /** For each step: whether it has something to fix. */
    public static Map<String, Boolean> withProblems(Collection<Problem> problems) {
        return MAP.withProblems(problems);
    }

    /** Where a resumed draft opens: the first step with something to fix, else the review. */
    public static String resumeStep(Collection<Problem> problems) {
        return MAP.resumeStep(problems);
    }

    /** The item id in a concern like {@code "activity:7/metric:X"}, or null. */
    public static Long idOf(String concerns, String kind) {
        if (concerns == null || !concerns.startsWith(kind + ":")) {
            return null;
        }
        String rest = concerns.substring(kind.length() + 1);
        int end = 0;
        while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
            end++;
        }
        return end == 0 ? null : Long.valueOf(rest.substring(0, end));
    }

    /** The route of a step of a plan's wizard. */
    public static String route(long planId, String stepId) {
        return MAP.route(planId, stepId);
    }
}
