package works.incentives.domain.claim;

import org.junit.jupiter.api.Test;
import works.incentives.domain.Fixtures;
import works.incentives.domain.plan.Activity;
import works.incentives.domain.plan.Plan;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static works.incentives.domain.Fixtures.at;
import static works.incentives.domain.Fixtures.firstActivity;
import static works.incentives.domain.Fixtures.usd;

class ClaimEligibilityTest {

    private final Fixtures f = new Fixtures();

    private static Optional<Rule> refusal(Plan plan, boolean preApprovalRequired, long claimedByOthers) {
        return ClaimEligibility.refusal(plan, firstActivity(plan), preApprovalRequired, usd(claimedByOthers))
                .map(Problem::rule);
    }

    private Plan submitted() {
        Plan plan = f.completePlan();
        plan.submit(at("2027-01-10"), f.planContext());
        return plan;
    }

    @Test
    void anActivityOfAnApprovedPlanWithMoneyLeftMayBeClaimed() {
        assertEquals(Optional.empty(), refusal(f.approvedPlan(), true, 9_999));
    }

    @Test
    void aProgramThatRequiresPreApprovalRefusesActivitiesOfPlansNotApproved() {
        assertEquals(Optional.of(Rule.CLAIM_PLAN_NOT_APPROVED), refusal(f.completePlan(), true, 0));
        assertEquals(Optional.of(Rule.CLAIM_PLAN_NOT_APPROVED), refusal(submitted(), true, 0));
    }

    @Test
    void aProgramWithoutPreApprovalLetsPartnersClaimActivitiesOfPlansNotYetApproved() {
        assertEquals(Optional.empty(), refusal(f.completePlan(), false, 0));
        assertEquals(Optional.empty(), refusal(submitted(), false, 0));
    }

    @Test
    void aRejectedPlansActivitiesAreNeverClaimedWhateverTheProgram() {
        Plan plan = submitted();
        plan.startReview("rita");
        plan.reject("Not co-op eligible", at("2027-01-11"));
        assertEquals(Optional.of(Rule.CLAIM_PLAN_REJECTED), refusal(plan, false, 0));
        assertEquals(Optional.of(Rule.CLAIM_PLAN_REJECTED), refusal(plan, true, 0));
    }

    @Test
    void anActivityWhoseApprovedAmountOtherClaimsTookInFullCannotBeClaimed() {
        Plan plan = f.approvedPlan();
        Activity activity = firstActivity(plan);
        Problem problem = ClaimEligibility.refusal(plan, activity, true, usd(10_000)).orElseThrow();
        assertEquals(Rule.CLAIM_ACTIVITY_FULLY_CLAIMED, problem.rule());
        assertEquals(activity.ref(), problem.concerns());
        assertEquals(java.util.List.of(usd(10_000)), problem.args());
    }

    @Test
    void requireRefusesWithTheRuleOfTheRefusal() {
        Plan draft = f.completePlan();
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class,
                () -> ClaimEligibility.require(draft, firstActivity(draft), true, usd(0)));
        assertEquals(Rule.CLAIM_PLAN_NOT_APPROVED, e.rule());
    }
}
