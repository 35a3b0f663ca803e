package works.incentives.web.claim;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One activity the partner may claim for, with the numbers the wizard shows beside it: what the
 * plan approved, what other live claims already hold of it, what is left, and the fund's claim
 * deadline (DOMAIN.md: half of partners leave money unclaimed; show the countdown).
 */
public record ClaimableActivity(long planId, String planTitle, long programId, long campaignId, String campaignName,
                                LocalDate campaignStart, LocalDate campaignEnd, long activityId,
                                String activityTypeCode, String description, String currencyCode,
                                BigDecimal approvedAmount, BigDecimal heldByOtherClaims,
                                BigDecimal fundRemaining, LocalDate claimDeadline, long daysLeft) {

    /** The approved amount not yet held by other claims, never below zero. */
    public BigDecimal remaining() {
        return approvedAmount.subtract(heldByOtherClaims).max(BigDecimal.ZERO);
    }

    /** The most a claim can take: the activity's remainder, or less if the fund has less. */
    public BigDecimal claimableNow() {
        return fundRemaining == null ? remaining() : remaining().min(fundRemaining.max(BigDecimal.ZERO));
    }
}
