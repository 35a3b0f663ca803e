package works.incentives.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import works.incentives.domain.account.AccountService;
import works.incentives.domain.account.SignInResult;

import java.util.Set;

/**
 * The identity store over the application's accounts. Unlike the stock database store it
 * answers an unknown user name and a deactivated account as slowly and as vaguely as a wrong
 * password, and it throttles repeated failures per client and name (AccountService, SignInThrottle).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    SignInAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = accounts.signIn(login.getCaller(), login.getPassword().getValue(), attempt.client());
        attempt.record(result);
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.userName(), Set.of(result.role().name()));
    }
}
