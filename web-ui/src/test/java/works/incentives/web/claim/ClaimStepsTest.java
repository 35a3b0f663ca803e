package works.incentives.web.claim;

import org.junit.jupiter.api.Test;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClaimStepsTest {

    @Test
    void eachProblemOpensTheStepWhereItIsFixed() {
        assertEquals(ClaimSteps.DETAILS, ClaimSteps.stepOf(Problem.of(Rule.CLAIM_NAME_MISSING, "claim.name")));
        assertEquals(ClaimSteps.DETAILS, ClaimSteps.stepOf(Problem.of(Rule.CLAIM_EXECUTION_DATE_OUTSIDE_CAMPAIGN, "claim.executionDate")));
        assertEquals(ClaimSteps.DETAILS, ClaimSteps.stepOf(Problem.of(Rule.CLAIM_OVER_ACTIVITY_AMOUNT, "claim.amount")));
        assertEquals(ClaimSteps.DETAILS, ClaimSteps.stepOf(Problem.of(Rule.CLAIM_METRIC_MISSING, "metric:CLICKS", "CLICKS")));
        assertEquals(ClaimSteps.COSTS, ClaimSteps.stepOf(Problem.of(Rule.CLAIM_INVOICE_OR_SELF_CERTIFICATION_MISSING, "invoice")));
        assertEquals(ClaimSteps.COSTS, ClaimSteps.stepOf(Problem.of(Rule.CLAIM_INVOICE_NUMBER_REUSED, "invoice", "INV-1")));
        assertEquals(ClaimSteps.COSTS, ClaimSteps.stepOf(Problem.of(Rule.CLAIM_SELF_CERTIFICATION_INCOMPLETE, "selfCertification")));
        assertEquals(ClaimSteps.EVIDENCE, ClaimSteps.stepOf(Problem.of(Rule.CLAIM_EVIDENCE_MISSING, "evidence:AD_SCREENSHOT", "x")));
        assertEquals(ClaimSteps.EVIDENCE, ClaimSteps.stepOf(Problem.of(Rule.CLAIM_EXTRA_DOCUMENT_NOTE_MISSING, "document:4", "a.pdf")));
        assertEquals(ClaimSteps.ACTIVITY, ClaimSteps.stepOf(Problem.of(Rule.CLAIM_PLAN_NOT_APPROVED, "plan")));
    }

    @Test
    void aResumedDraftOpensAtTheFirstStepWithSomethingToFixElseTheCheck() {
        List<Problem> problems = List.of(Problem.of(Rule.CLAIM_EVIDENCE_MISSING, "evidence:X", "x"),
                Problem.of(Rule.CLAIM_INVOICE_OR_SELF_CERTIFICATION_MISSING, "invoice"));
        assertEquals(ClaimSteps.COSTS, ClaimSteps.resumeStep(problems));
        assertEquals(ClaimSteps.CHECK, ClaimSteps.resumeStep(List.of()));
        assertEquals(Map.of(ClaimSteps.EVIDENCE, true, ClaimSteps.COSTS, true), ClaimSteps.withProblems(problems));
        assertEquals("claims/7/edit/evidence", ClaimSteps.route(7, ClaimSteps.EVIDENCE));
    }
}
