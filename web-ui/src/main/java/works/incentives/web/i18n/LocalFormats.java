package works.incentives.web.i18n;

import works.incentives.domain.shared.Money;

import java.math.BigDecimal;
import java.text.Collator;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The one way the application writes dates, money, file sizes and country names in the user's
 * language, so a partner and a reviewer read the same figure the same way on every screen, in
 * every message and in every date picker:
 * <ul>
 *   <li>dates: {@code Dec 31, 2027} in English, {@code 2027/12/31} in Traditional Chinese; the date
 *   pickers show the same pattern and parse it (plus ISO {@code 2027-12-31} in both languages);</li>
 *   <li>money: the locale's currency format, {@code $19,000.00} or {@code US$19,000.00}, exact (never rounded);</li>
 *   <li>file sizes: binary units with one decimal, {@code 1.5 MB};</li>
 *   <li>countries: named in the user's language and sorted by that name ({@link Collator}).</li>
 * </ul>
 */
public final class LocalFormats {

    private static final String ENGLISH_DATE = "MMM d, yyyy";
    private static final String CHINESE_DATE = "yyyy/MM/dd";
    private static final List<String> SIZE_UNITS = List.of("B", "KB", "MB", "GB", "TB");

    private LocalFormats() {
    }

    static boolean chinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /** The pattern dates are shown in (the same letters for {@link DateTimeFormatter} and the date picker). */
    public static String datePattern(Locale locale) {
        return chinese(locale) ? CHINESE_DATE : ENGLISH_DATE;
    }

    /** What a date picker accepts, the shown pattern first; a US-style {@code 12/31/2027} only in English. */
    public static List<String> dateInputPatterns(Locale locale) {
        return chinese(locale) ? List.of(CHINESE_DATE, "yyyy-MM-dd", "yyyy/M/d")
                : List.of(ENGLISH_DATE, "M/d/yyyy", "yyyy-MM-dd", "MMM d yyyy");
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "–" : DateTimeFormatter.ofPattern(datePattern(locale), TranslationProvider.supported(locale))
                .format(date);
    }

    /** A moment in the server's time zone: {@code Dec 31, 2027, 3:05 PM} or {@code 2027/12/31 15:05}. */
    public static String dateTime(java.time.Instant at, Locale locale) {
        String pattern = chinese(locale) ? CHINESE_DATE + " HH:mm" : ENGLISH_DATE + ", h:mm a";
        return at == null ? "–" : DateTimeFormatter.ofPattern(pattern, TranslationProvider.supported(locale))
                .withZone(java.time.ZoneId.systemDefault()).format(at);
    }

    /** Items of a list as the language separates them: "a; b" or "a；b". */
    public static String semicolonList(java.util.Collection<String> items, Locale locale) {
        return String.join(chinese(locale) ? "；" : "; ", items);
    }

    public static String money(BigDecimal amount, String currencyCode, Locale locale) {
        if (amount == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(TranslationProvider.supported(locale));
        Currency currency = Currency.getInstance(currencyCode);
        format.setCurrency(currency);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(Math.max(digits, amount.stripTrailingZeros().scale()));
        return format.format(amount);
    }

    public static String money(Money money, Locale locale) {
        return money == null ? "–" : money(money.amount(), money.currency().getCurrencyCode(), locale);
    }

    /** A message's arguments with every {@link Money} and {@link LocalDate} written as above (rule messages carry both). */
    static Object[] arguments(Locale locale, Object[] params) {
        Object[] written = params.clone();
        for (int i = 0; i < written.length; i++) {
            if (written[i] instanceof Money money) {
                written[i] = money(money, locale);
            } else if (written[i] instanceof LocalDate date) {
                written[i] = date(date, locale);
            }
        }
        return written;
    }

    /** Binary units (1 KB = 1,024 bytes) with at most one decimal, as the upload component counts them too. */
    public static String fileSize(long bytes, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(TranslationProvider.supported(locale));
        format.setMaximumFractionDigits(1);
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < SIZE_UNITS.size() - 1) {
            value /= 1024;
            unit++;
        }
        return format.format(value) + " " + SIZE_UNITS.get(unit);
    }

    /** The units {@link #fileSize} uses, for the upload component's own texts. */
    public static List<String> fileSizeUnits() {
        return SIZE_UNITS;
    }

    /** A country's name in the user's language, e.g. "Taiwan" or "台灣". */
    public static String country(String isoCode, Locale locale) {
        return new Locale("", isoCode).getDisplayCountry(TranslationProvider.supported(locale));
    }

    /** Several countries by name, sorted in the user's language and listed as it lists ("Japan, Taiwan", "日本、台灣"). */
    public static String countries(java.util.Collection<String> isoCodes, Locale locale) {
        return isoCodes.stream().sorted(byCountryName(locale)).map(code -> country(code, locale))
                .collect(java.util.stream.Collectors.joining(chinese(locale) ? "、" : ", "));
    }

    /** Country codes in the order of their names in the user's language (stroke order in Chinese, A–Z in English). */
    public static Comparator<String> byCountryName(Locale locale) {
        Collator collator = Collator.getInstance(TranslationProvider.supported(locale));
        return Comparator.comparing((String code) -> country(code, locale), collator).thenComparing(code -> code);
    }
}
