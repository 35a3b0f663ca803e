package works.incentives.web.api.v1;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.apitoken.ApiTokenService;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.shared.Actor;
import works.incentives.web.security.SecurityHeadersFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The REST API's sign-in: every call under {@code /api/v1} carries {@code Authorization: Bearer
 * <token>} of a personal API token, and runs as that token's user ({@link ApiTokenService#authenticate}:
 * the account's role and partner as they are now). No token, an unknown, revoked or expired one, or a
 * deactivated account: 401 problem details, and nothing of the API runs. A session cookie signs
 * nobody in here (no cross-site request can call the API as a signed-in user), and no session is made.
 */
@WebFilter(urlPatterns = "/api/v1/*", asyncSupported = true)
public class BearerTokenFilter extends HttpFilter {

    private static final String BEARER = "bearer ";

    /** Room for the JSON around a Base64 evidence file (its name, note, requirement). */
    private static final long JSON_OVERHEAD = 64 * 1024;

    @Inject
    ApiTokenService tokens;

    @Inject
    @ConfigProperty(name = ClaimService.MAX_UPLOAD_BYTES_KEY, defaultValue = "20971520")
    long maxUploadBytes;

    private boolean publicHttps;

    @Override
    public void init() {
        publicHttps = SecurityHeadersFilter.publicHttps();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // this filter may run before SecurityHeadersFilter: its own refusals carry the same defences
        SecurityHeadersFilter.defend(response, request.getRequestURI().substring(request.getContextPath().length()),
                publicHttps);
        Optional<Actor> actor = secret(request).flatMap(tokens::authenticate);
        if (actor.isEmpty()) {
            refuse(request, response);
            return;
        }
        if (request.getContentLengthLong() > (maxUploadBytes + 2) / 3 * 4 + JSON_OVERHEAD) {
            // refused before anything reads it: the largest evidence file in Base64 is the most a call carries
            ApiProblem.of(413, "REQUEST_TOO_LARGE", locale(request)).detail("rule.evidence.tooLarge", "", maxUploadBytes)
                    .send(response);
            return;
        }
        Exception failed = ActingAs.call(actor.get(), () -> {
            try {
                chain.doFilter(request, response);
                return null;
            } catch (IOException | ServletException failure) {
                return failure;
            }
        });
        if (failed instanceof IOException io) {
            throw io;
        }
        if (failed != null) {
            throw (ServletException) failed;
        }
    }

    private static Optional<String> secret(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).strip());
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean presented = request.getHeader("Authorization") != null;
        response.setHeader("WWW-Authenticate", "Bearer realm=\"incentives\""
                + (presented ? ", error=\"invalid_token\"" : ""));
        ApiProblem.of(401, "TOKEN_INVALID", locale(request))
                .detail(presented ? "api.problem.tokenInvalid" : "api.problem.tokenMissing").send(response);
    }

    private static Locale locale(HttpServletRequest request) {
        return request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
    }
}
