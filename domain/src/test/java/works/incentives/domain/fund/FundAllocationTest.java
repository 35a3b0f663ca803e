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

class FundAllocationTest {

    private final FundAllocation fund = new FundAllocation(1, 2, 3, usd(10_000), usd(1_500));

    @Test
    void earningsAtOrAboveTheThresholdBecomeTheCoopFund() {
        assertEquals(usd(10_000), fund.getAllocated());
        assertEquals(usd(0), fund.getRebate());
        assertFalse(fund.isRebateOnly());
        assertEquals(usd(1_500), new FundAllocation(1, 2, 3, usd(1_500), usd(1_500)).getAllocated());
    }

    @Test
    void earningsBelowTheThresholdArePaidAsRebateNotCoop() {
        FundAllocation small = new FundAllocation(1, 2, 3, usd(1_499), usd(1_500));
        assertTrue(small.isRebateOnly());
        assertEquals(usd(1_499), small.getRebate());
        assertEquals(usd(0), small.getAllocated());
        assertEquals(Rule.FUNDS_INSUFFICIENT, assertThrows(DomainRuleViolation.class, () -> small.claim(usd(1))).rule());
    }

    @Test
    void claimingReducesRemainingAndRefusesToOverspend() {
        fund.claim(usd(9_000));
        assertEquals(usd(1_000), fund.getRemaining());
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> fund.claim(Money.of("1000.01", "USD")));
        assertEquals(Rule.FUNDS_INSUFFICIENT, e.rule());
        assertEquals(usd(1_000), fund.getRemaining());
        fund.claim(usd(1_000));
        assertEquals(usd(0), fund.getRemaining());
    }

    @Test
    void committingIsLimitedToTheUncommittedMoney() {
        fund.commit(usd(6_000));
        assertEquals(usd(4_000), fund.getUncommitted());
        assertEquals(Rule.FUNDS_INSUFFICIENT, assertThrows(DomainRuleViolation.class, () -> fund.commit(usd(4_001))).rule());
        fund.releaseCommitment(usd(1_000));
        assertEquals(usd(5_000), fund.getCommitted());
        assertThrows(DomainRuleViolation.class, () -> fund.releaseCommitment(usd(5_001)));
    }

    @Test
    void releasingAClaimGivesMoneyBackButNeverMoreThanUnpaidClaims() {
        fund.claim(usd(3_000));
        fund.pay(usd(1_000));
        fund.releaseClaim(usd(2_000));
        assertEquals(usd(9_000), fund.getRemaining());
        assertEquals(Rule.FUNDS_RELEASE_TOO_LARGE, assertThrows(DomainRuleViolation.class,
                () -> fund.releaseClaim(usd(1))).rule());
    }

    @Test
    void paymentsCannotExceedWhatIsClaimedAndUnpaid() {
        fund.claim(usd(2_000));
        fund.pay(usd(2_000));
        assertEquals(usd(2_000), fund.getPaid());
        assertEquals(Rule.FUNDS_PAYMENT_EXCEEDS_CLAIMED, assertThrows(DomainRuleViolation.class,
                () -> fund.pay(usd(1))).rule());
    }

    @Test
    void amountsMustBePositiveAndInTheFundsCurrency() {
        assertThrows(IllegalArgumentException.class, () -> fund.claim(usd(0)));
        assertEquals(Rule.CURRENCY_MISMATCH, assertThrows(DomainRuleViolation.class,
                () -> fund.claim(Money.of("10", "EUR"))).rule());
    }
}
