package works.incentives.web.i18n;

/**
 * Text from outside (file names, notes, user names) made safe to show inside a sentence: control
 * characters other than line breaks and tabs become spaces, and bidirectional formatting characters (U+200E/F, U+061C,
 * U+202A&ndash;U+202E, U+2066&ndash;U+2069) are dropped, so a name with a right-to-left override
 * cannot reverse the message around it. {@link TranslationProvider} applies it to every text
 * argument, which makes it the one place every message passes through.
 */
public final class DisplayText {

    private DisplayText() {
    }

    public static String safe(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean bidi = c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069');
            boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t';
            if (bidi || control) {
                if (out == null) {
                    out = new StringBuilder(raw.length()).append(raw, 0, i);
                }
                if (control) {
                    out.append(' ');
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? raw : out.toString();
    }

    /** The arguments of a message, each text one {@link #safe made safe}. */
    static Object[] safeArguments(Object... params) {
        Object[] safe = params.clone();
        for (int i = 0; i < safe.length; i++) {
            if (safe[i] instanceof CharSequence text) {
                safe[i] = safe(text.toString());
            }
        }
        return safe;
    }
}
