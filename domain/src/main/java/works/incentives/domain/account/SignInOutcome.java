package works.incentives.domain.account;

/**
 * How a sign-in attempt ended. {@link #INVALID} is the one answer for an unknown user name, a
 * wrong password and a deactivated account alike, so the answer never tells which user names
 * exist or which password is right. {@link #LOCKED}: too many failures, try again later (given
 * without checking the password, for known and unknown names alike).
 */
public enum SignInOutcome {
    SUCCESS,
    INVALID,
    LOCKED
}
