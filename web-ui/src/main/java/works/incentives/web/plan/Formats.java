package works.incentives.web.plan;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Money and dates as the user's language writes them. */
public final class Formats {

    private Formats() {
    }

    public static String money(BigDecimal amount, String currencyCode, Locale locale) {
        if (amount == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency currency = Currency.getInstance(currencyCode);
        format.setCurrency(currency);
        format.setMaximumFractionDigits(Math.max(currency.getDefaultFractionDigits(), 0));
        return format.format(amount);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "–" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A country's name in the user's language, e.g. "Taiwan" or "台灣". */
    public static String country(String isoCode, Locale locale) {
        return new Locale("", isoCode).getDisplayCountry(locale);
    }
}
