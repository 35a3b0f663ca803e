package works.incentives.web.security;

import jakarta.enterprise.context.RequestScoped;
import works.incentives.domain.account.SignInOutcome;
import works.incentives.domain.account.SignInResult;

/** What the identity store decided in this request, for the sign-in filter to report. */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;

    void record(SignInResult result) {
        this.result = result;
    }

    SignInOutcome outcome() {
        return result == null ? SignInOutcome.INVALID : result.outcome();
    }

    boolean mustChangePassword() {
        return result != null && result.mustChangePassword();
    }
}
