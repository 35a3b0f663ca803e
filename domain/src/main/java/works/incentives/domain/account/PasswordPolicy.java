package works.incentives.domain.account;

import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be (NIST SP 800-63B): long enough, not one of the commonly used
 * passwords, not the user name. No composition rules: they make passwords worse, not stronger.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks a rule, naming the rule. */
    public static void check(String userName, char[] password) {
        String candidate = new String(password);
        if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
            throw new DomainRuleViolation(Rule.PASSWORD_TOO_SHORT, MIN_LENGTH);
        }
        if (candidate.length() > MAX_LENGTH) {
            throw new DomainRuleViolation(Rule.PASSWORD_TOO_LONG, MAX_LENGTH);
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            throw new DomainRuleViolation(Rule.PASSWORD_TOO_COMMON);
        }
        if (userName != null && !userName.isBlank() && lower.contains(userName.toLowerCase(Locale.ROOT))) {
            throw new DomainRuleViolation(Rule.PASSWORD_CONTAINS_USER_NAME);
        }
    }

    /** Common passwords, also with digits or punctuation appended ("password2024!"). */
    static boolean isCommon(String lower) {
        if (COMMON.contains(lower)) {
            return true;
        }
        String stem = lower.replaceAll("[^\\p{L}]+$", "");
        return !stem.equals(lower) && (COMMON.contains(stem) || stem.length() < 4);
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
