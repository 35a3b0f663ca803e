package works.incentives.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one ISO 4217 currency, scaled to the currency's minor units.
 * Arithmetic across currencies is refused (rule {@link Rule#CURRENCY_MISMATCH}): one claim,
 * one plan, one allocation each have exactly one currency. Never floating point.
 *
 * <p>Entities store money as a {@code NUMERIC(19,4)} amount column next to the entity's single
 * currency column and hand out {@code Money} from their getters.
 */
public final class Money implements Comparable<Money>, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.currency = Objects.requireNonNull(currency, "currency");
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal value = Objects.requireNonNull(amount, "amount");
        if (value.scale() > scale && value.setScale(scale, RoundingMode.DOWN).compareTo(value) != 0) {
            throw new IllegalArgumentException(amount + " has more decimals than " + currency + " allows");
        }
        this.amount = value.setScale(scale, RoundingMode.UNNECESSARY);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money of(long amount, Currency currency) {
        return new Money(BigDecimal.valueOf(amount), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** A money value from a stored amount column, {@code null} when the column is null. */
    public static Money ofNullable(BigDecimal amount, Currency currency) {
        return amount == null ? null : new Money(amount.setScale(
                Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN), currency);
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /** {@code percent}% of this amount, rounded half-even to the currency's minor unit. */
    public Money percent(BigDecimal percent) {
        BigDecimal value = amount.multiply(percent).divide(BigDecimal.valueOf(100),
                Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN);
        return new Money(value, currency);
    }

    public Money max(Money other) {
        return isGreaterThan(other) ? this : other;
    }

    public Money min(Money other) {
        return isGreaterThan(other) ? other : this;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    public boolean hasCurrency(Currency other) {
        return currency.equals(other);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new DomainRuleViolation(Rule.CURRENCY_MISMATCH, currency.getCurrencyCode(),
                    other.currency.getCurrencyCode());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    /** For logs and English messages, e.g. {@code USD 1500.00}. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
