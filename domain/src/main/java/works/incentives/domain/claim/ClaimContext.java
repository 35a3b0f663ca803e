package works.incentives.domain.claim;

import works.incentives.domain.program.ActivityType;
import works.incentives.domain.shared.DateRange;
import works.incentives.domain.shared.Money;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a claim's checks need from outside the claim, gathered by the service.
 *
 * @param campaignDates        the campaign's dates (execution date must lie inside)
 * @param activityAmount       the activity's approved (planned) amount
 * @param activityType         the activity type: evidence, metrics, caps
 * @param claimedForTypeBefore what the partner's other fund-holding claims of this type hold in the period
 * @param earned               the partner's earned co-op for the period (share caps)
 * @param fundRemaining        the allocation's remaining money plus what this claim already holds
 * @param planLimitLeft        the plan's approved limit minus other claims under it; null if none
 * @param planApprovalMissing  true when the program needs an approved plan and it is not approved
 * @param invoiceNumbersInUse  invoice numbers in the partner's other (live) claims
 * @param claimDeadline        the funding period's claim deadline
 */
public record ClaimContext(DateRange campaignDates, Money activityAmount, ActivityType activityType,
                           Money claimedForTypeBefore, Money earned, Money fundRemaining, Money planLimitLeft,
                           boolean planApprovalMissing, Set<String> invoiceNumbersInUse, LocalDate claimDeadline) {

    public ClaimContext {
        invoiceNumbersInUse = invoiceNumbersInUse.stream().map(Invoice::normalise).collect(Collectors.toSet());
    }
}
