package works.incentives.domain.account;

/**
 * How a sign-in attempt ended. {@link #INVALID} is the one answer for an unknown user name and a
 * wrong password alike, so the answer never tells which user names exist.
 */
public enum SignInOutcome {
    SUCCESS,
    INVALID,
    LOCKED,
    DEACTIVATED
}
