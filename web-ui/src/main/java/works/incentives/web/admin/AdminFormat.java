package works.incentives.web.admin;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Dates and amounts as the admin screens show them, in the user's locale; exact decimals, no rounding surprises. */
final class AdminFormat {

    private AdminFormat() {
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** "USD 1,500.00": the ISO code rather than a symbol, as amounts of several currencies sit side by side. */
    static String money(BigDecimal amount, String currencyCode, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        int digits = Math.max(0, Currency.getInstance(currencyCode).getDefaultFractionDigits());
        number.setMinimumFractionDigits(digits);
        number.setMaximumFractionDigits(Math.max(digits, amount.stripTrailingZeros().scale()));
        return currencyCode + " " + number.format(amount);
    }
}
