package works.incentives.domain.fund;

import org.junit.jupiter.api.Test;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Money;
import works.incentives.domain.shared.Rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static works.incentives.domain.Fixtures.usd;

/** A program admin corrects what a partner earned (issue 10, item 6): with a reason, never below what is in use. */
class AllocationAdjustmentTest {

    private final FundAllocation fund = new FundAllocation(1, 2, 3, usd(10_000), usd(1_500));

    private Rule refusal(Money delta, String reason) {
        return assertThrows(DomainRuleViolation.class, () -> fund.adjust(delta, usd(1_500), reason)).rule();
    }

    @Test
    void anAdjustmentChangesEarningsAndTheCoopFundByTheDelta() {
        fund.adjust(usd(2_500), usd(1_500), "Q2 revenue restated");
        assertEquals(usd(12_500), fund.getEarned());
        assertEquals(usd(12_500), fund.getAllocated());
        fund.adjust(usd(-4_000), usd(1_500), "Returned deal");
        assertEquals(usd(8_500), fund.getAllocated());
        assertEquals(usd(8_500), fund.getUncommitted());
    }

    @Test
    void anAdjustmentNeedsAReasonAndAnAmount() {
        assertEquals(Rule.ALLOCATION_ADJUSTMENT_REASON_REQUIRED, refusal(usd(100), " "));
        assertEquals(Rule.ALLOCATION_ADJUSTMENT_REASON_REQUIRED, refusal(usd(100), null));
        assertEquals(Rule.ALLOCATION_ADJUSTMENT_ZERO, refusal(usd(0), "nothing"));
        assertEquals(Rule.CURRENCY_MISMATCH, refusal(Money.of("100", "EUR"), "wrong currency"));
        assertEquals(Rule.ALLOCATION_ADJUSTMENT_NEGATIVE, refusal(usd(-10_001), "too much"));
        assertEquals(usd(10_000), fund.getAllocated(), "a refused adjustment changes nothing");
    }

    @Test
    void theFundCannotDropBelowWhatPlansCommitOrClaimsHold() {
        fund.commit(usd(6_000));
        fund.claim(usd(7_000));
        assertEquals(Rule.ALLOCATION_ADJUSTMENT_BELOW_USE, refusal(usd(-3_001), "restated"),
                "claims hold 7,000 of it");
        fund.adjust(usd(-3_000), usd(1_500), "restated");
        assertEquals(usd(7_000), fund.getAllocated());
        assertEquals(usd(0), fund.getRemaining());
    }

    @Test
    void earningsAdjustedBelowTheThresholdBecomeRebateAndBackAgain() {
        fund.adjust(usd(-9_000), usd(1_500), "mostly returned");
        assertTrue(fund.isRebateOnly());
        assertEquals(usd(0), fund.getAllocated());
        assertEquals(usd(1_000), fund.getRebate());
        fund.adjust(usd(1_000), usd(1_500), "restated");
        assertFalse(fund.isRebateOnly());
        assertEquals(usd(2_000), fund.getAllocated());
    }
}
