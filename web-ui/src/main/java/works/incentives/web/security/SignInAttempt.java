package works.incentives.web.security;

import jakarta.enterprise.context.RequestScoped;
import works.incentives.domain.account.SignInOutcome;
import works.incentives.domain.account.SignInResult;

/** One sign-in request: where it comes from (for the throttle) and what the identity store decided. */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;
    private String client;

    /** The address the attempt comes from, set by the sign-in filter before authenticating. */
    void from(String clientAddress) {
        this.client = clientAddress;
    }

    String client() {
        return client;
    }

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
