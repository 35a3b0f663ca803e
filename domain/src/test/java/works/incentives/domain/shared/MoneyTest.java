package works.incentives.domain.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    @Test
    void amountsAreScaledToTheCurrencysMinorUnits() {
        assertEquals(new BigDecimal("12.50"), Money.of("12.5", "USD").amount());
        assertEquals(new BigDecimal("1200"), Money.of("1200", "JPY").amount());
        assertEquals(new BigDecimal("7.125"), Money.of("7.125", "BHD").amount());
    }

    @Test
    void moreDecimalsThanTheCurrencyAllowsAreRefusedRatherThanRounded() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1.234", "USD"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("10.5", "JPY"));
    }

    @Test
    void additionAndSubtractionAreExact() {
        Money sum = Money.of("0.10", "USD").plus(Money.of("0.20", "USD"));
        assertEquals(Money.of("0.30", "USD"), sum);
        assertEquals(Money.of("-0.05", "USD"), Money.of("0.10", "USD").minus(Money.of("0.15", "USD")));
    }

    @Test
    void arithmeticAcrossCurrenciesIsRefused() {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class,
                () -> Money.of("1", "USD").plus(Money.of("1", "EUR")));
        assertEquals(Rule.CURRENCY_MISMATCH, e.rule());
        assertEquals("rule.currencyMismatch", e.messageKey());
        assertThrows(DomainRuleViolation.class, () -> Money.of("1", "USD").minus(Money.of("1", "TWD")));
        assertThrows(DomainRuleViolation.class, () -> Money.of("1", "USD").isGreaterThan(Money.of("1", "EUR")));
    }

    @Test
    void percentRoundsHalfEvenToTheMinorUnit() {
        assertEquals(Money.of("2500.00", "USD"), Money.of("10000", "USD").percent(BigDecimal.valueOf(25)));
        assertEquals(Money.of("0.12", "USD"), Money.of("1.25", "USD").percent(BigDecimal.TEN));
        assertEquals(Money.of("0.14", "USD"), Money.of("1.35", "USD").percent(BigDecimal.TEN));
    }

    @Test
    void equalityIgnoresTrailingZerosButNotCurrency() {
        assertEquals(Money.of("5", "USD"), Money.of("5.00", "USD"));
        assertEquals(Money.of("5", "USD").hashCode(), Money.of("5.00", "USD").hashCode());
        assertFalse(Money.of("5", "USD").equals(Money.of("5", "EUR")));
    }

    @Test
    void comparisonsMinMaxAndSigns() {
        Money small = Money.of(1, Currency.getInstance("USD"));
        Money big = Money.of(2, Currency.getInstance("USD"));
        assertTrue(big.isGreaterThan(small));
        assertTrue(small.isLessThan(big));
        assertEquals(big, small.max(big));
        assertEquals(small, small.min(big));
        assertTrue(Money.zero(small.currency()).isZero());
        assertTrue(small.minus(big).isNegative());
        assertEquals(Money.of(6, small.currency()), big.times(3));
        assertEquals("USD 1.00", small.toString());
    }
}
