package works.incentives.domain.claim;

import works.incentives.domain.plan.Activity;
import works.incentives.domain.plan.Plan;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Money;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.util.Optional;

/**
 * Whether an activity of a plan may be claimed at all: the one decision behind the PoE wizard's
 * list of activities and the server's refusal to start or submit a claim for any other.
 *
 * <ul>
 *   <li>a rejected plan's activities are never claimed ({@link Rule#CLAIM_PLAN_REJECTED});</li>
 *   <li>in a program that requires plan pre-approval ({@code Program.isPlanPreApprovalRequired()}) the plan
 *       must be approved ({@link Rule#CLAIM_PLAN_NOT_APPROVED}); other programs let partners claim
 *       activities of plans not (yet) approved;</li>
 *   <li>the activity must have something left: the other claims on it that count against the limits
 *       ({@link ClaimStatus#countsAgainstLimits()}) ask less than its approved amount
 *       ({@link Rule#CLAIM_ACTIVITY_FULLY_CLAIMED}).</li>
 * </ul>
 */
public final class ClaimEligibility {

    private ClaimEligibility() {
    }

    /**
     * Why the activity cannot be claimed, or empty when it can.
     *
     * @param claimedByOthers what the other claims on the activity that count against the limits ask
     */
    public static Optional<Problem> refusal(Plan plan, Activity activity, boolean preApprovalRequired,
                                            Money claimedByOthers) {
        if (activity.getCampaign().getPlan() != plan) {
            throw new IllegalArgumentException("activity is not part of the plan");
        }
        if (plan.getStatus() == PlanStatus.REJECTED) {
            return Optional.of(Problem.of(Rule.CLAIM_PLAN_REJECTED, "plan"));
        }
        if (preApprovalRequired && !plan.isApproved()) {
            return Optional.of(Problem.of(Rule.CLAIM_PLAN_NOT_APPROVED, "plan"));
        }
        Money approved = activity.getPlannedAmount();
        if (!claimedByOthers.isLessThan(approved)) {
            return Optional.of(Problem.of(Rule.CLAIM_ACTIVITY_FULLY_CLAIMED, activity.ref(), approved));
        }
        return Optional.empty();
    }

    /** Refuses with the rule of {@link #refusal} when the activity cannot be claimed. */
    public static void require(Plan plan, Activity activity, boolean preApprovalRequired, Money claimedByOthers) {
        refusal(plan, activity, preApprovalRequired, claimedByOthers).ifPresent(problem -> {
            throw new DomainRuleViolation(problem.rule(), problem.args().toArray());
        });
    }
}
