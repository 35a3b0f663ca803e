package works.incentives.domain.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import works.incentives.domain.shared.DateRange;
import works.incentives.domain.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * An incentive program such as "Cloud Solution Provider co-op FY27": partners earn co-op funds
 * under it and claim them against its activity catalogue and deadline rules.
 *
 * <p>It holds the program's configurable rules (DOMAIN.md, "ours: configurable per program"):
 * claim deadline (days after the usage period ends, default 45), plan resubmission window (days
 * after the program year ends, default 90), the business days a partner has to answer a
 * reviewer's request (default 10), the dispute window (default 30 days) and the threshold below
 * which earnings are paid as rebate instead of co-op.
 *
 * <p>The program year is a fiscal year: FY{@code N} runs from 1 July of N-1 to 30 June of N,
 * as in the programs this is modelled on; {@link #defineYear} sets other dates.
 */
@Entity
@Table(name = "program")
public class Program {

    public static final int DEFAULT_CLAIM_DEADLINE_DAYS = 45;
    public static final int DEFAULT_PLAN_RESUBMISSION_DAYS = 90;
    public static final int DEFAULT_ANSWER_BUSINESS_DAYS = 10;
    public static final int DEFAULT_DISPUTE_WINDOW_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_seq")
    @SequenceGenerator(name = "program_seq", sequenceName = "program_seq", allocationSize = 10)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "program_year", nullable = false)
    private int programYear;

    @Column(name = "currency_code", nullable = false, length = 3)
    private String currencyCode;

    @Column(name = "plan_pre_approval_required", nullable = false)
    private boolean planPreApprovalRequired;

    @Column(name = "year_start", nullable = false)
    private LocalDate yearStart;

    @Column(name = "year_end", nullable = false)
    private LocalDate yearEnd;

    @Column(name = "claim_deadline_days", nullable = false)
    private int claimDeadlineDays = DEFAULT_CLAIM_DEADLINE_DAYS;

    @Column(name = "plan_resubmission_days", nullable = false)
    private int planResubmissionDays = DEFAULT_PLAN_RESUBMISSION_DAYS;

    @Column(name = "answer_business_days", nullable = false)
    private int answerBusinessDays = DEFAULT_ANSWER_BUSINESS_DAYS;

    @Column(name = "dispute_window_days", nullable = false)
    private int disputeWindowDays = DEFAULT_DISPUTE_WINDOW_DAYS;

    @Column(name = "rebate_threshold", nullable = false, precision = 19, scale = 4)
    private BigDecimal rebateThreshold = BigDecimal.ZERO;

    @Column(name = "guidance_url", length = 500)
    private String guidanceUrl;

    /** False once an admin closed the program for new plans; its plans and claims keep working. */
    @Column(nullable = false)
    private boolean active = true;

    protected Program() {
        // for JPA
    }

    public Program(String name, int programYear, Currency currency, boolean planPreApprovalRequired) {
        rename(name);
        if (programYear < 2000 || programYear > 2100) {
            throw new IllegalArgumentException("program year out of range: " + programYear);
        }
        this.programYear = programYear;
        this.currencyCode = Objects.requireNonNull(currency, "currency").getCurrencyCode();
        this.planPreApprovalRequired = planPreApprovalRequired;
        this.yearStart = LocalDate.of(programYear - 1, 7, 1);
        this.yearEnd = LocalDate.of(programYear, 6, 30);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("a program needs a name");
        }
        this.name = newName.strip();
    }

    /** Sets the program year's dates when they differ from the fiscal-year default. */
    public void defineYear(DateRange year) {
        this.yearStart = year.start();
        this.yearEnd = year.end();
    }

    /** Sets the configurable deadline rules; each must be at least one day. */
    public void configureDeadlines(int claimDeadlineDays, int planResubmissionDays,
                                   int answerBusinessDays, int disputeWindowDays) {
        requirePositive(claimDeadlineDays, "claimDeadlineDays");
        requirePositive(planResubmissionDays, "planResubmissionDays");
        requirePositive(answerBusinessDays, "answerBusinessDays");
        requirePositive(disputeWindowDays, "disputeWindowDays");
        this.claimDeadlineDays = claimDeadlineDays;
        this.planResubmissionDays = planResubmissionDays;
        this.answerBusinessDays = answerBusinessDays;
        this.disputeWindowDays = disputeWindowDays;
    }

    /** Earnings below this amount are paid out as rebate instead of co-op (e.g. USD 1,500). */
    public void setRebateThreshold(Money threshold) {
        if (!threshold.hasCurrency(getCurrency()) || threshold.isNegative()) {
            throw new IllegalArgumentException("threshold must be a non-negative " + currencyCode + " amount");
        }
        this.rebateThreshold = threshold.amount();
    }

    /** Whether partners need an approved plan before they claim; applies to claims submitted from now on. */
    public void requirePlanPreApproval(boolean required) {
        this.planPreApprovalRequired = required;
    }

    /** Closes the program for new plans; plans and claims already filed keep working. */
    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public boolean isActive() {
        return active;
    }

    public void setGuidanceUrl(String guidanceUrl) {
        this.guidanceUrl = guidanceUrl;
    }

    private static void requirePositive(int value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1");
        }
    }

    /** Claims for a usage period are due this many days after it ends. */
    public LocalDate claimDeadlineFor(DateRange usagePeriod) {
        return usagePeriod.end().plusDays(claimDeadlineDays);
    }

    /** First plan submissions close at the end of the program year. */
    public LocalDate firstPlanSubmissionDeadline() {
        return yearEnd;
    }

    /** Edits and resubmissions of a plan close this many days after the program year. */
    public LocalDate planResubmissionDeadline() {
        return yearEnd.plusDays(planResubmissionDays);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public int getProgramYear() {
        return programYear;
    }

    public Currency getCurrency() {
        return Currency.getInstance(currencyCode);
    }

    public boolean isPlanPreApprovalRequired() {
        return planPreApprovalRequired;
    }

    public DateRange getYear() {
        return DateRange.of(yearStart, yearEnd);
    }

    public int getClaimDeadlineDays() {
        return claimDeadlineDays;
    }

    public int getPlanResubmissionDays() {
        return planResubmissionDays;
    }

    public int getAnswerBusinessDays() {
        return answerBusinessDays;
    }

    public int getDisputeWindowDays() {
        return disputeWindowDays;
    }

    public Money getRebateThreshold() {
        return Money.ofNullable(rebateThreshold, getCurrency());
    }

    public String getGuidanceUrl() {
        return guidanceUrl;
    }
}
