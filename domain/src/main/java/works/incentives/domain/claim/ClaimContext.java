package works.incentives.domain.claim;

import works.incentives.domain.program.ActivityType;
import works.incentives.domain.shared.DateRange;
import works.incentives.domain.shared.Money;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a claim's checks need from outside the claim, gathered by the service.
 *
 * @param campaignDates            the campaign's dates (execution date must lie inside)
 * @param activityAmount           the activity's approved (planned) amount
 * @param activityType             the activity type: evidence, metrics, caps
 * @param claimedForTypeBefore     what the partner's other claims of this type code that count against the
 *                                 limits ({@link ClaimStatus#countsAgainstLimits()}) ask in the period
 * @param earned                   the partner's earned co-op for the period (share caps)
 * @param fundRemaining            the allocation's remaining money plus what this claim already holds
 * @param planLimitLeft            the plan's approved limit minus other claims under it; null if none
 * @param planApprovalMissing      true when the program needs an approved plan and it is not approved
 * @param invoiceNumbersInUse      invoice numbers in the partner's other (live) claims
 * @param claimDeadline            the funding period's claim deadline
 * @param claimedForActivityBefore what the other claims on the same activity that count against the limits ask
 */
public record ClaimContext(DateRange campaignDates, Money activityAmount, ActivityType activityType,
                           Money claimedForTypeBefore, Money earned, Money fundRemaining, Money planLimitLeft,
                           boolean planApprovalMissing, Set<String> invoiceNumbersInUse, LocalDate claimDeadline,
                           Money claimedForActivityBefore) {

    public ClaimContext {
        invoiceNumbersInUse = invoiceNumbersInUse.stream().map(Invoice::normalise).collect(Collectors.toSet());
        if (claimedForActivityBefore == null) {
            claimedForActivityBefore = Money.zero(activityAmount.currency());
        }
    }

    /** A context in which no other claim is on the activity yet. */
    public ClaimContext(DateRange campaignDates, Money activityAmount, ActivityType activityType,
                        Money claimedForTypeBefore, Money earned, Money fundRemaining, Money planLimitLeft,
                        boolean planApprovalMissing, Set<String> invoiceNumbersInUse, LocalDate claimDeadline) {
        this(campaignDates, activityAmount, activityType, claimedForTypeBefore, earned, fundRemaining, planLimitLeft,
                planApprovalMissing, invoiceNumbersInUse, claimDeadline, null);
    }

    /** This context with the fund's remaining money (plus what the claim holds) as read later. */
    public ClaimContext withFundRemaining(Money remaining) {
        return new ClaimContext(campaignDates, activityAmount, activityType, claimedForTypeBefore, earned, remaining,
                planLimitLeft, planApprovalMissing, invoiceNumbersInUse, claimDeadline, claimedForActivityBefore);
    }

    /** What the other claims on the activity leave of its approved amount (may be negative). */
    public Money activityLeft() {
        return activityAmount.minus(claimedForActivityBefore);
    }

    /** What the type's per-period caps leave after the partner's other claims of the type, if it has any. */
    public Optional<Money> periodCapLeft() {
        return activityType.periodCap(earned).map(cap -> cap.minus(claimedForTypeBefore));
    }

    /**
     * The most this claim can ask now, never below zero: the least of what the activity has left,
     * what the type's caps allow (per claim, and per period after the partner's other claims of
     * the type), what is left under the plan's approved limit and what the fund has left. The PoE
     * wizard's amount hint shows it; {@link Claim#check} refuses any amount above it, each limit
     * with its own rule.
     */
    public Money maximum() {
        Money most = activityLeft().min(fundRemaining);
        if (planLimitLeft != null) {
            most = most.min(planLimitLeft);
        }
        Optional<Money> perClaim = activityType.claimCap();
        if (perClaim.isPresent()) {
            most = most.min(perClaim.get());
        }
        Optional<Money> perPeriod = periodCapLeft();
        if (perPeriod.isPresent()) {
            most = most.min(perPeriod.get());
        }
        return most.max(Money.zero(most.currency()));
    }
}
