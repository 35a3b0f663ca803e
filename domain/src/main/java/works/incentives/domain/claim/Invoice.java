package works.incentives.domain.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import works.incentives.domain.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** A third-party invoice backing a claim: number, vendor, date and amount. */
@Embeddable
public class Invoice {

    @Column(name = "invoice_number", length = 100)
    private String number;

    @Column(name = "invoice_vendor", length = 200)
    private String vendor;

    @Column(name = "invoice_date")
    private LocalDate date;

    @Column(name = "invoice_amount", precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "invoice_currency", length = 3)
    private String currencyCode;

    protected Invoice() {
        // for JPA
    }

    public Invoice(String number, String vendor, LocalDate date, Money amount) {
        this.number = number == null ? null : number.strip();
        this.vendor = vendor == null ? null : vendor.strip();
        this.date = date;
        this.amount = amount == null ? null : amount.amount();
        this.currencyCode = amount == null ? null : amount.currency().getCurrencyCode();
    }

    public boolean isComplete() {
        return number != null && !number.isBlank() && vendor != null && !vendor.isBlank() && date != null
                && amount != null && amount.signum() > 0;
    }

    /** Invoice numbers compare on letters and digits only: "inv 001" and "INV-001" are the same invoice. */
    public static String normalise(String number) {
        return number == null ? "" : NOT_LETTER_OR_DIGIT.matcher(number).replaceAll("").toUpperCase(java.util.Locale.ROOT);
    }

    /** Compiled once: a submission normalises every invoice number the partner uses (issue 13.4). */
    private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]");

    public String getNumber() {
        return number;
    }

    public String getVendor() {
        return vendor;
    }

    public LocalDate getDate() {
        return date;
    }

    public Money getAmount() {
        return amount == null ? null : Money.ofNullable(amount, Currency.getInstance(currencyCode));
    }
}
