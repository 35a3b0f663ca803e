package works.incentives.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in through the Vaadin login view: its plain form POST goes to
 * {@code j_security_check}, handled by {@link SignInFilter} (the built-in FORM mechanism expects
 * other field names; STACK.md).
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/login", errorPage = "", useForwardToLogin = false))
@ApplicationScoped
public class SecurityConfiguration {
}
