package works.incentives.domain.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import works.incentives.domain.shared.DateRange;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A half-year in which co-op funds accrue (earning window) and the following window in which
 * they must be spent (usage window), plus the <b>claim window</b> in which proofs of execution for
 * it are accepted. The claim window is stored, not computed: it defaults from the program's rule
 * (opens when the usage period starts, closes {@link Program#getClaimDeadlineDays()} days after
 * it ends; DOMAIN.md: 45) and a program admin can set it to the dates a vendor publishes (Partner
 * Center: usage Jan 1 - Jun 30 is claimed from Feb 15 to Aug 14). Unused funds expire when it closes.
 *
 * <p>Rules: the usage window starts after the earning window and lies inside the program year;
 * the claim window opens no earlier than the usage window and closes no earlier than the usage
 * window ends. A deactivated period is not offered for new plans; what exists under it stays.
 */
@Entity
@Table(name = "funding_period")
public class FundingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "funding_period_seq")
    @SequenceGenerator(name = "funding_period_seq", sequenceName = "funding_period_seq", allocationSize = 10)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "program_id", nullable = false)
    private Program program;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "earning_start", nullable = false)
    private LocalDate earningStart;

    @Column(name = "earning_end", nullable = false)
    private LocalDate earningEnd;

    @Column(name = "usage_start", nullable = false)
    private LocalDate usageStart;

    @Column(name = "usage_end", nullable = false)
    private LocalDate usageEnd;

    @Column(name = "claim_opens", nullable = false)
    private LocalDate claimOpens;

    @Column(name = "claim_closes", nullable = false)
    private LocalDate claimCloses;

    @Column(nullable = false)
    private boolean active = true;

    protected FundingPeriod() {
        // for JPA
    }

    /**
     * A period whose claim window follows the program's rule ({@link #defaultClaimWindow}).
     * Refuses a usage window that starts before the earning window has ended or leaves the program year.
     */
    public FundingPeriod(Program program, String name, DateRange earning, DateRange usage) {
        this(program, name, earning, usage, null);
    }

    /** A period with an explicit claim window; {@code claimWindow} null takes the program's rule. */
    public FundingPeriod(Program program, String name, DateRange earning, DateRange usage, DateRange claimWindow) {
        this.program = Objects.requireNonNull(program, "program");
        redefine(name, earning, usage, claimWindow == null ? defaultClaimWindow(program, usage) : claimWindow);
    }

    /** The program's rule: claims open when the usage period starts and close the rule's days after it ends. */
    public static DateRange defaultClaimWindow(Program program, DateRange usage) {
        return DateRange.of(usage.start(), program.claimDeadlineFor(usage));
    }

    /**
     * The program admin's correction of name, windows and claim window, checked like a new period.
     * Claims already filed keep their dates; the service moves their deadline to the new window.
     */
    public void redefine(String newName, DateRange earning, DateRange usage, DateRange claimWindow) {
        if (newName == null || newName.isBlank()) {
            throw new DomainRuleViolation(Rule.VALUE_REQUIRED, "name");
        }
        if (!usage.start().isAfter(earning.end())) {
            throw new DomainRuleViolation(Rule.PERIOD_USAGE_BEFORE_EARNING);
        }
        if (!usage.within(program.getYear())) {
            throw new DomainRuleViolation(Rule.PERIOD_USAGE_OUTSIDE_PROGRAM_YEAR, usage.start(), usage.end(),
                    program.getYear().start(), program.getYear().end());
        }
        Objects.requireNonNull(claimWindow, "claimWindow");
        if (claimWindow.start().isBefore(usage.start()) || claimWindow.end().isBefore(usage.end())) {
            throw new DomainRuleViolation(Rule.PERIOD_CLAIM_WINDOW_INVALID, claimWindow.start(), claimWindow.end(),
                    usage.start(), usage.end());
        }
        this.name = newName.strip();
        this.earningStart = earning.start();
        this.earningEnd = earning.end();
        this.usageStart = usage.start();
        this.usageEnd = usage.end();
        this.claimOpens = claimWindow.start();
        this.claimCloses = claimWindow.end();
    }

    /** No new plans for this period; existing plans and claims are untouched. */
    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    /** The real programs' half-years: earn in H1 (Jul-Dec), use in the following Jan-Jun. */
    public static FundingPeriod halfYear(Program program, String name, LocalDate earningStart) {
        DateRange earning = DateRange.of(earningStart, earningStart.plusMonths(6).minusDays(1));
        DateRange usage = DateRange.of(earning.end().plusDays(1), earning.end().plusMonths(6));
        return new FundingPeriod(program, name, earning, DateRange.of(usage.start(),
                usage.start().plusMonths(6).minusDays(1)));
    }

    /** The last day claims are accepted: the claim window's close. */
    public LocalDate claimDeadline() {
        return claimCloses;
    }

    /** When proofs of execution for this period are accepted (both days included). */
    public DateRange getClaimWindow() {
        return DateRange.of(claimOpens, claimCloses);
    }

    /** Whether claims for this period may be started or submitted on {@code day}. */
    public boolean acceptsClaimsOn(LocalDate day) {
        return getClaimWindow().contains(day);
    }

    /**
     * Whether a new plan may still spend this period's funds on {@code day}: the period and its
     * program are active, its usage period has not ended and its claim window has not closed.
     */
    public boolean openForNewPlans(LocalDate day) {
        return active && program.isActive() && !day.isAfter(usageEnd) && !day.isAfter(claimCloses);
    }

    public boolean isActive() {
        return active;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Program getProgram() {
        return program;
    }

    public String getName() {
        return name;
    }

    public DateRange getEarning() {
        return DateRange.of(earningStart, earningEnd);
    }

    public DateRange getUsage() {
        return DateRange.of(usageStart, usageEnd);
    }
}
