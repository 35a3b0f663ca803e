package works.incentives.domain.shared;

/**
 * Limits of the free texts people type: comments, decisions, answers, disputes, notes. Every
 * such text is refused above its limit ({@link Rule#TEXT_TOO_LONG}) before anything changes, so a
 * column never overflows; the history, which adds its own words around a comment, cuts what it
 * stores to its column ({@link #fit}) so that recording a change never fails.
 */
public final class FreeText {

    /** Comments of reviewers and partners, final comments, answers, dispute reasons. */
    public static final int COMMENT_MAX_LENGTH = 2000;

    /** Notes explaining an extra evidence document. */
    public static final int NOTE_MAX_LENGTH = 2000;

    /** Short references, e.g. a payment reference. */
    public static final int REFERENCE_MAX_LENGTH = 100;

    private FreeText() {
    }

    /** The text unchanged (null stays null), refused when longer than {@code max} characters. */
    public static String limited(String text, int max) {
        if (text != null && text.length() > max) {
            throw new DomainRuleViolation(Rule.TEXT_TOO_LONG, text.length(), max);
        }
        return text;
    }

    /** {@link #limited} with {@link #COMMENT_MAX_LENGTH}. */
    public static String comment(String text) {
        return limited(text, COMMENT_MAX_LENGTH);
    }

    /**
     * A comment someone posts: stripped, required ({@link Rule#VALUE_REQUIRED}) and at most
     * {@link #COMMENT_MAX_LENGTH} characters ({@link Rule#TEXT_TOO_LONG}).
     */
    public static String requiredComment(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation(Rule.VALUE_REQUIRED, "comment");
        }
        return comment(text.strip());
    }

    /**
     * The text cut to at most {@code max} characters (an ellipsis marks the cut), never in the
     * middle of a character outside the Basic Multilingual Plane.
     */
    public static String fit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }
}
