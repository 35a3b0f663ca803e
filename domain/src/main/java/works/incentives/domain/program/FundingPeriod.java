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
 * they must be spent (usage window). Claims are due a program-defined number of days after the
 * usage window ends (DOMAIN.md: 45 days); unused funds expire.
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

    protected FundingPeriod() {
        // for JPA
    }

    /** Refuses a usage window that starts before the earning window has ended. */
    public FundingPeriod(Program program, String name, DateRange earning, DateRange usage) {
        this.program = Objects.requireNonNull(program, "program");
        if (name == null || name.isBlank()) {
            throw new DomainRuleViolation(Rule.VALUE_REQUIRED, "name");
        }
        if (!usage.start().isAfter(earning.end())) {
            throw new DomainRuleViolation(Rule.PERIOD_USAGE_BEFORE_EARNING);
        }
        this.name = name.strip();
        this.earningStart = earning.start();
        this.earningEnd = earning.end();
        this.usageStart = usage.start();
        this.usageEnd = usage.end();
    }

    /** The real programs' half-years: earn in H1 (Jul-Dec), use in the following Jan-Jun. */
    public static FundingPeriod halfYear(Program program, String name, LocalDate earningStart) {
        DateRange earning = DateRange.of(earningStart, earningStart.plusMonths(6).minusDays(1));
        DateRange usage = DateRange.of(earning.end().plusDays(1), earning.end().plusMonths(6));
        return new FundingPeriod(program, name, earning, DateRange.of(usage.start(),
                usage.start().plusMonths(6).minusDays(1)));
    }

    /** Usage-period end plus the program's claim deadline days. */
    public LocalDate claimDeadline() {
        return program.claimDeadlineFor(getUsage());
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
