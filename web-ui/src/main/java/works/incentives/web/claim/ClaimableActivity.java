package works.incentives.web.claim;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One activity the partner may claim for, with the numbers the wizard shows beside it: what the
 * plan approved, what other claims on it already ask, what is left, the fund's claim deadline
 * (DOMAIN.md: half of partners leave money unclaimed; show the countdown), and the most a claim
 * can ask now as the server computes it ({@code ClaimContext.maximum()}: the least of what the
 * activity, the type's caps, the plan's limit and the fund leave).
 */
public record ClaimableActivity(long planId, String planTitle, long programId, long campaignId, String campaignName,
                                LocalDate campaignStart, LocalDate campaignEnd, long activityId,
                                String activityTypeCode, String description, String currencyCode,
                                BigDecimal approvedAmount, BigDecimal heldByOtherClaims,
                                BigDecimal fundRemaining, LocalDate claimDeadline, long daysLeft,
                                BigDecimal maximumNow) {

    /** The approved amount not yet asked by other claims, never below zero. */
    public BigDecimal remaining() {
        return approvedAmount.subtract(heldByOtherClaims).max(BigDecimal.ZERO);
    }

    /** The most a claim can ask now (the server's maximum, never below zero). */
    public BigDecimal claimableNow() {
        return maximumNow.max(BigDecimal.ZERO);
    }
}
