package works.incentives.web.security;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.ConfigProvider;
import works.incentives.domain.account.SignInOutcome;

import java.io.IOException;
import java.util.Locale;

/**
 * Takes the login form's POST ({@code username}, {@code password}), signs in through Jakarta
 * Security (the container changes the session id) and redirects: to the page the user asked
 * for, to the password change an invited user owes, or back to the login view with the reason.
 * A POST without the session's {@link SignInToken} or from another site (login CSRF) goes back
 * to the login view unread. The client address for throttling is {@link ClientAddress}'s.
 */
@WebFilter("/j_security_check")
public class SignInFilter extends HttpFilter {

    /** Session attribute: the signed-in user must choose a new password before anything else. */
    public static final String MUST_CHANGE_PASSWORD = "incentives.mustChangePassword";

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInAttempt attempt;

    private ClientAddress clientAddress = new ClientAddress(null);

    @Override
    public void init() throws ServletException {
        super.init();
        clientAddress = new ClientAddress(ConfigProvider.getConfig()
                .getOptionalValue(ClientAddress.TRUSTED_PROXIES_KEY, String.class).orElse(null));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        if (!SignInToken.accepts(request)) {
            response.sendRedirect(request.getContextPath() + "/login?error=expired");
            return;
        }
        String userName = request.getParameter("username");
        String password = request.getParameter("password");
        if (userName == null || password == null || userName.isBlank()) {
            response.sendRedirect(request.getContextPath() + "/login?error=invalid");
            return;
        }
        attempt.from(clientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(userName, new Password(password))));
        if (status != AuthenticationStatus.SUCCESS) {
            SignInOutcome outcome = attempt.outcome();
            response.sendRedirect(request.getContextPath() + "/login?error="
                    + outcome.name().toLowerCase(Locale.ROOT));
            return;
        }
        HttpSession session = request.getSession();
        String target = "";
        if (attempt.mustChangePassword()) {
            session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
            target = "change-password";
        } else {
            Object stored = session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
            if (stored instanceof String route && !route.startsWith("login")) {
                target = route;
            }
        }
        session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        response.sendRedirect(request.getContextPath() + "/" + target);
    }
}
