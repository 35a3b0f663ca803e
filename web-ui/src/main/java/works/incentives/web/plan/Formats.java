package works.incentives.web.plan;

import works.incentives.web.i18n.LocalFormats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** Money and dates as the user's language writes them: the plan screens' names for {@link LocalFormats}. */
public final class Formats {

    private Formats() {
    }

    public static String money(BigDecimal amount, String currencyCode, Locale locale) {
        return LocalFormats.money(amount, currencyCode, locale);
    }

    public static String date(LocalDate date, Locale locale) {
        return LocalFormats.date(date, locale);
    }

    /** A country's name in the user's language, e.g. "Taiwan" or "台灣". */
    public static String country(String isoCode, Locale locale) {
        return LocalFormats.country(isoCode, locale);
    }
}
