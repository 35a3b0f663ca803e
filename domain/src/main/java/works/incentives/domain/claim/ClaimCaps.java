package works.incentives.domain.claim;

import works.incentives.domain.shared.Money;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.util.List;

/**
 * The limits a claimed amount must stay within, in one place: what the activity's approved amount
 * leaves after the other claims on it, the activity type's caps (per claim, per period summed over
 * the partner's claims of the type, share of the earned fund, per person, alcohol), the plan's
 * remaining limit and the fund's remaining money. Part of {@link Claim#check}.
 */
final class ClaimCaps {

    private ClaimCaps() {
    }

    /** Every limit {@code claimed} (positive) goes over, each concerning the claim's amount. */
    static void checkAmount(Claim claim, Money claimed, ClaimContext ctx, List<Problem> problems) {
        if (claimed.isGreaterThan(ctx.activityAmount())) {
            problems.add(Problem.of(Rule.CLAIM_OVER_ACTIVITY_AMOUNT, "claim.amount", claimed, ctx.activityAmount()));
        } else if (claimed.isGreaterThan(ctx.activityLeft())) {
            problems.add(Problem.of(Rule.CLAIM_OVER_ACTIVITY_REMAINING, "claim.amount", claimed,
                    ctx.activityLeft().max(Money.zero(claim.getCurrency())), ctx.activityAmount()));
        }
        problems.addAll(ctx.activityType().capProblems(claimed, claim.getPersons(), claim.isIncludesAlcohol(),
                ctx.claimedForTypeBefore(), ctx.earned(), "claim.amount"));
        if (ctx.planLimitLeft() != null && claimed.isGreaterThan(ctx.planLimitLeft())) {
            problems.add(Problem.of(Rule.CLAIM_OVER_PLAN_LIMIT, "claim.amount", claimed, ctx.planLimitLeft()));
        }
        if (claimed.isGreaterThan(ctx.fundRemaining())) {
            problems.add(Problem.of(Rule.CLAIM_OVER_REMAINING_FUNDS, "claim.amount", claimed, ctx.fundRemaining()));
        }
    }
}
