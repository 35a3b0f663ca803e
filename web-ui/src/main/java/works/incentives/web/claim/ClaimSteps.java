package works.incentives.web.claim;

import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;
import works.incentives.web.component.wizard.StepMap;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The claim wizard's step ids (also their URL segments) and which step fixes which problem of
 * {@code ClaimService.check}, read from the item the problem concerns.
 */
public final class ClaimSteps {

    public static final String ACTIVITY = "activity";
    public static final String DETAILS = "details";
    public static final String COSTS = "costs";
    public static final String EVIDENCE = "evidence";
    public static final String CHECK = "check";
    public static final List<String> ORDER = List.of(ACTIVITY, DETAILS, COSTS, EVIDENCE, CHECK);
    /** The steps as URLs, for the wizard skeleton. */
    public static final StepMap MAP = new StepMap("claims", ORDER, ClaimSteps::stepOf);

    private ClaimSteps() {
    }

    /** The step where the partner fixes a problem. */
    public static String stepOf(Problem problem) {
        String concerns = problem.concerns() == null ? "claim" : problem.concerns();
        if (concerns.startsWith("evidence:") || concerns.startsWith("document:")) {
            return EVIDENCE;
        }
        if (concerns.equals("invoice") || concerns.equals("selfCertification")) {
            return COSTS;
        }
        if (concerns.equals("plan") || problem.rule() == Rule.CLAIM_PLAN_NOT_APPROVED) {
            return ACTIVITY;
        }
        if (problem.rule() == Rule.CLAIM_DEADLINE_PASSED) {
            return CHECK;
        }
        return DETAILS;
    }

    /** For each step: whether it has something to fix. */
    public static Map<String, Boolean> withProblems(Collection<Problem> problems) {
        return MAP.withProblems(problems);
    }

    /** Where a resumed draft opens: the first step after the activity with something to fix, else the check. */
    public static String resumeStep(Collection<Problem> problems) {
        return MAP.resumeStep(problems);
    }

    /** The route of a step of a claim's wizard. */
    public static String route(long claimId, String stepId) {
        return MAP.route(claimId, stepId);
    }

    /** The claim's read-only page. */
    public static String page(long claimId) {
        return "claims/" + claimId;
    }
}
