package works.incentives.domain.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * A request the domain refuses because a rule forbids it. Carries the rule (code and message
 * key) and the message arguments so the UI can say it in the user's language, the English
 * message for logs, and, for refused submissions, every problem found.
 */
public class DomainRuleViolation extends RuntimeException {

    private final Rule rule;
    private final List<Object> args;
    private final List<Problem> problems;

    public DomainRuleViolation(Rule rule, Object... args) {
        this(rule, List.of(), args);
    }

    public DomainRuleViolation(Rule rule, List<Problem> problems, Object... args) {
        super(new MessageFormat(rule.englishPattern(), Locale.ENGLISH).format(args)
                + (problems.isEmpty() ? "" : " " + problems));
        this.rule = rule;
        this.args = java.util.Collections.unmodifiableList(java.util.Arrays.asList(args.clone()));
        this.problems = List.copyOf(problems);
    }

    public Rule rule() {
        return rule;
    }

    public String code() {
        return rule.name();
    }

    public String messageKey() {
        return rule.messageKey();
    }

    public List<Object> args() {
        return args;
    }

    /** For a refused submission: everything that must be fixed (empty otherwise). */
    public List<Problem> problems() {
        return problems;
    }
}
