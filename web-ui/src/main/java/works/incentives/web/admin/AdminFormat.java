package works.incentives.web.admin;

import works.incentives.web.i18n.LocalFormats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** Dates and amounts as the admin screens show them: the same as every other screen ({@link LocalFormats}). */
final class AdminFormat {

    private AdminFormat() {
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : LocalFormats.date(date, locale);
    }

    static String money(BigDecimal amount, String currencyCode, Locale locale) {
        return amount == null ? "" : LocalFormats.money(amount, currencyCode, locale);
    }
}
