package works.incentives.web.notification;

import works.incentives.domain.notification.NotificationView;
import works.incentives.web.i18n.TranslationProvider;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * A notification in words, in one language: the inbox and the e-mail say the same. The facts are
 * stored ({@link NotificationView}); the sentences come from {@code i18n/notification*.properties}.
 */
public final class NotificationTexts {

    private static final TranslationProvider TEXTS = new TranslationProvider();

    private NotificationTexts() {
    }

    public static String title(NotificationView n, Locale locale) {
        return text("notification.title." + n.kind().name(), n, locale);
    }

    /** The body: what happened and what to do, then the reviewer's note if there is one. */
    public static String body(NotificationView n, Locale locale) {
        String body = text("notification.body." + n.kind().name(), n, locale);
        return n.note() == null ? body : body + "\n" + TEXTS.getTranslation("notification.note", locale, n.note());
    }

    public static String text(String key, Locale locale, Object... params) {
        return TEXTS.getTranslation(key, locale, params);
    }

    /** Where the notification leads in the application (a route, no leading slash). */
    public static String route(NotificationView n) {
        return switch (n.subject()) {
            case PLAN -> "plans/" + n.subjectId();
            case CLAIM -> "claims/" + n.subjectId();
            case ALLOCATION -> "";
        };
    }

    /** The locale of a stored language tag (null: English). */
    public static Locale locale(String languageTag) {
        return TranslationProvider.supported(languageTag == null ? Locale.ENGLISH : Locale.forLanguageTag(languageTag));
    }

    private static String text(String key, NotificationView n, Locale locale) {
        Locale target = TranslationProvider.supported(locale);
        return TEXTS.getTranslation(key, target, n.subjectName(), date(n.dueOn(), target),
                money(n.amount(), n.currencyCode(), target), n.daysLeft() == null ? 0 : n.daysLeft());
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    static String money(BigDecimal amount, String currencyCode, Locale locale) {
        if (amount == null || currencyCode == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currencyCode));
        return format.format(amount);
    }
}
