package works.incentives.domain.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * One thing to fix before a plan or claim can be submitted, pointing at the item it concerns
 * ({@code "plan"}, {@code "campaign:3"}, {@code "activity:7"}, {@code "evidence:SCREENSHOT"},
 * {@code "invoice"}, {@code "metric:ESTIMATED_REACH"}...) so the UI can show it in place.
 */
public record Problem(Rule rule, String concerns, List<Object> args) {

    public Problem {
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    public static Problem of(Rule rule, String concerns, Object... args) {
        return new Problem(rule, concerns, java.util.Arrays.asList(args));
    }

    public String code() {
        return rule.name();
    }

    public String messageKey() {
        return rule.messageKey();
    }

    /** The English text, for logs and for a UI without a translation. */
    public String defaultMessage() {
        return new MessageFormat(rule.englishPattern(), Locale.ENGLISH).format(args.toArray());
    }

    @Override
    public String toString() {
        return code() + "@" + concerns + ": " + defaultMessage();
    }
}
