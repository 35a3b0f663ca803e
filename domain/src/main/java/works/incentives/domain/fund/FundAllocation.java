package works.incentives.domain.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Money;
import works.incentives.domain.shared.Rule;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The co-op money one partner has for one program and funding period.
 *
 * <ul>
 *   <li><b>earned</b>: what the partner accrued in the earning window;</li>
 *   <li><b>rebate</b>: earnings below the program's threshold are paid out as rebate instead of
 *       co-op, so the whole of it is rebate and nothing is allocated;</li>
 *   <li><b>allocated</b> = earned &minus; rebate: the co-op fund;</li>
 *   <li><b>committed</b>: reserved by approved plans (sum of their approved limits);</li>
 *   <li><b>claimed</b>: held by submitted, in-review, approved or paid claims;</li>
 *   <li><b>paid</b>: part of claimed that has been paid out;</li>
 *   <li><b>remaining</b> = allocated &minus; claimed: what claims can still take;</li>
 *   <li><b>uncommitted</b> = allocated &minus; committed: what plans can still reserve.</li>
 * </ul>
 * No operation lets remaining, uncommitted or claimed-but-unpaid go below zero
 * ({@link Rule#FUNDS_INSUFFICIENT}). Callers that take money load the row with a pessimistic
 * write lock so racing submissions are serialised; {@code @Version} guards every other edit.
 */
@Entity
@Table(name = "fund_allocation", uniqueConstraints = @UniqueConstraint(name = "fund_allocation_uk",
        columnNames = {"partner_id", "program_id", "funding_period_id"}))
public class FundAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fund_allocation_seq")
    @SequenceGenerator(name = "fund_allocation_seq", sequenceName = "fund_allocation_seq", allocationSize = 10)
    private Long id;

    @Version
    private long version;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "funding_period_id", nullable = false)
    private long fundingPeriodId;

    @Column(name = "currency_code", nullable = false, length = 3)
    private String currencyCode;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal earned;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal rebate;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal allocated;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal committed = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal claimed = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal paid = BigDecimal.ZERO;

    protected FundAllocation() {
        // for JPA
    }

    /**
     * Allocates what a partner earned; below {@code rebateThreshold} it all becomes rebate
     * and the co-op fund is zero (DOMAIN.md "Fund allocation").
     */
    public FundAllocation(long partnerId, long programId, long fundingPeriodId, Money earned,
                          Money rebateThreshold) {
        if (earned.isNegative()) {
            throw new IllegalArgumentException("earnings cannot be negative");
        }
        this.partnerId = partnerId;
        this.programId = programId;
        this.fundingPeriodId = fundingPeriodId;
        this.currencyCode = earned.currency().getCurrencyCode();
        this.earned = earned.amount();
        boolean belowThreshold = earned.isLessThan(rebateThreshold);
        this.rebate = belowThreshold ? earned.amount() : BigDecimal.ZERO;
        this.allocated = belowThreshold ? BigDecimal.ZERO : earned.amount();
    }

    /**
     * A program admin's correction of what the partner earned, by {@code delta} (positive or
     * negative), with the reason the history keeps. The co-op fund is recomputed against the
     * program's rebate threshold; refused when it would fall below what approved plans commit or
     * claims hold, so a correction never leaves a fund overspent.
     */
    public void adjust(Money delta, Money rebateThreshold, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation(Rule.ALLOCATION_ADJUSTMENT_REASON_REQUIRED);
        }
        if (!delta.hasCurrency(getCurrency())) {
            throw new DomainRuleViolation(Rule.CURRENCY_MISMATCH, currencyCode, delta.currency().getCurrencyCode());
        }
        if (delta.amount().signum() == 0) {
            throw new DomainRuleViolation(Rule.ALLOCATION_ADJUSTMENT_ZERO);
        }
        Money newEarned = getEarned().plus(delta);
        if (newEarned.isNegative()) {
            throw new DomainRuleViolation(Rule.ALLOCATION_ADJUSTMENT_NEGATIVE, newEarned);
        }
        boolean belowThreshold = newEarned.isLessThan(rebateThreshold);
        Money newAllocated = belowThreshold ? Money.zero(getCurrency()) : newEarned;
        if (newAllocated.isLessThan(getCommitted()) || newAllocated.isLessThan(getClaimed())) {
            throw new DomainRuleViolation(Rule.ALLOCATION_ADJUSTMENT_BELOW_USE, newAllocated, getCommitted(), getClaimed());
        }
        earned = newEarned.amount();
        rebate = belowThreshold ? newEarned.amount() : BigDecimal.ZERO;
        allocated = newAllocated.amount();
    }

    /** An approved plan reserves {@code amount}; refused beyond the uncommitted money. */
    public void commit(Money amount) {
        requirePositive(amount);
        if (amount.isGreaterThan(getUncommitted())) {
            throw new DomainRuleViolation(Rule.FUNDS_INSUFFICIENT, amount, getUncommitted());
        }
        committed = committed.add(amount.amount());
    }

    /** Gives back a plan's reservation (limit lowered). */
    public void releaseCommitment(Money amount) {
        requirePositive(amount);
        if (amount.isGreaterThan(getCommitted())) {
            throw new DomainRuleViolation(Rule.FUNDS_RELEASE_TOO_LARGE, amount, getCommitted());
        }
        committed = committed.subtract(amount.amount());
    }

    /** A submitted claim takes {@code amount}; refused beyond the remaining money. */
    public void claim(Money amount) {
        requirePositive(amount);
        if (amount.isGreaterThan(getRemaining())) {
            throw new DomainRuleViolation(Rule.FUNDS_INSUFFICIENT, amount, getRemaining());
        }
        claimed = claimed.add(amount.amount());
    }

    /** A withdrawn, rejected or reduced claim gives money back; never more than unpaid claims hold. */
    public void releaseClaim(Money amount) {
        requirePositive(amount);
        Money unpaid = getClaimed().minus(getPaid());
        if (amount.isGreaterThan(unpaid)) {
            throw new DomainRuleViolation(Rule.FUNDS_RELEASE_TOO_LARGE, amount, unpaid);
        }
        claimed = claimed.subtract(amount.amount());
    }

    /** Records a payment of a claimed amount; never more than is claimed and unpaid. */
    public void pay(Money amount) {
        requirePositive(amount);
        Money unpaid = getClaimed().minus(getPaid());
        if (amount.isGreaterThan(unpaid)) {
            throw new DomainRuleViolation(Rule.FUNDS_PAYMENT_EXCEEDS_CLAIMED, amount, unpaid);
        }
        paid = paid.add(amount.amount());
    }

    private void requirePositive(Money amount) {
        if (!amount.hasCurrency(getCurrency())) {
            throw new DomainRuleViolation(Rule.CURRENCY_MISMATCH, currencyCode, amount.currency().getCurrencyCode());
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("amount must be more than zero: " + amount);
        }
    }

    public boolean isRebateOnly() {
        return rebate.signum() > 0;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public long getProgramId() {
        return programId;
    }

    public long getFundingPeriodId() {
        return fundingPeriodId;
    }

    public Currency getCurrency() {
        return Currency.getInstance(currencyCode);
    }

    public Money getEarned() {
        return m(earned);
    }

    public Money getRebate() {
        return m(rebate);
    }

    public Money getAllocated() {
        return m(allocated);
    }

    public Money getCommitted() {
        return m(committed);
    }

    public Money getClaimed() {
        return m(claimed);
    }

    public Money getPaid() {
        return m(paid);
    }

    public Money getRemaining() {
        return m(allocated.subtract(claimed));
    }

    public Money getUncommitted() {
        return m(allocated.subtract(committed));
    }

    private Money m(BigDecimal amount) {
        return Money.ofNullable(Objects.requireNonNull(amount), getCurrency());
    }
}
