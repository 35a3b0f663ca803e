package works.incentives.domain.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Currency;
import java.util.Objects;

/**
 * An incentive program such as "Cloud Solution Provider co-op FY27": partners earn co-op funds
 * under it and claim them against its activity catalogue and deadline rules.
 */
@Entity
@Table(name = "program")
public class Program {

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
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("a program needs a name");
        }
        this.name = newName.strip();
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
}
