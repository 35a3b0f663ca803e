package works.incentives.domain.program;

import java.util.Locale;

/**
 * How a catalogue entry a user sees (an activity type, a metric, an evidence requirement) is named:
 * its code, and the names an admin gave it in English and Traditional Chinese. The standard
 * catalogue carries no names: the UI translates {@link #translationKey()} from its bundles. Rule
 * messages carry these instead of bare codes, so no code reaches a user untranslated.
 */
public record CatalogueName(Kind kind, String code, String name, String nameZh) {

    /** What is named, with the prefix of its translation key. */
    public enum Kind {
        ACTIVITY_TYPE("activityType."), METRIC("metric."), EVIDENCE("evidence.");

        private final String keyPrefix;

        Kind(String keyPrefix) {
            this.keyPrefix = keyPrefix;
        }
    }

    public CatalogueName {
        name = blankToNull(name);
        nameZh = blankToNull(nameZh);
    }

    /** A standard entry: named by the bundles' translation of its code. */
    public static CatalogueName standard(Kind kind, String code) {
        return new CatalogueName(kind, code, null, null);
    }

    public String translationKey() {
        return kind.keyPrefix + code;
    }

    /** The admin's name in the language ("zh" or anything else for English), English when no Chinese one exists. */
    public String nameIn(Locale locale) {
        if (locale != null && "zh".equals(locale.getLanguage()) && nameZh != null) {
            return nameZh;
        }
        return name;
    }

    /** A code made readable, the last resort for an old entry nobody named: "REGISTERED_GUESTS" -> "Registered guests". */
    public String readableCode() {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The English name, else the readable code: what English logs and default messages show. */
    @Override
    public String toString() {
        return name != null ? name : readableCode();
    }
}
