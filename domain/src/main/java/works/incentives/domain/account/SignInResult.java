package works.incentives.domain.account;

import works.incentives.domain.shared.Role;

/** The outcome of a sign-in and, on success, who signed in. */
public record SignInResult(SignInOutcome outcome, String userName, Role role, boolean mustChangePassword) {

    static SignInResult failed(SignInOutcome outcome) {
        return new SignInResult(outcome, null, null, false);
    }

    public boolean succeeded() {
        return outcome == SignInOutcome.SUCCESS;
    }
}
