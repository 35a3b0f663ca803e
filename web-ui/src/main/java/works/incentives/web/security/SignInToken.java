package works.incentives.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Function;
import java.util.function.BiConsumer;

/**
 * Login CSRF protection: the login view puts a random per-session token into the form's action
 * URL, and {@link SignInFilter} signs in only a POST that carries it and does not come from
 * another site ({@code Origin} must name this host, {@code Sec-Fetch-Site} must not be
 * cross-site). A page elsewhere cannot read the token, so it cannot sign a victim's browser into
 * an account of the attacker's.
 */
final class SignInToken {

    static final String SESSION_ATTRIBUTE = "incentives.signInToken";
    static final String PARAMETER = "token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SignInToken() {
    }

    /** The session's token, created on first use. */
    static String of(Function<String, Object> getAttribute, BiConsumer<String, Object> setAttribute) {
        if (getAttribute.apply(SESSION_ATTRIBUTE) instanceof String token) {
            return token;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        setAttribute.accept(SESSION_ATTRIBUTE, token);
        return token;
    }

    /** Whether the POST carries its session's token and comes from this site. */
    static boolean accepts(HttpServletRequest request) {
        return sameSite(request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"), request.getHeader("Host"))
                && tokenMatches(request);
    }

    private static boolean tokenMatches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(PARAMETER);
        Object expected = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return sent != null && expected instanceof String token
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    /** No Origin (older clients) passes; an Origin must name the Host the request was sent to. */
    static boolean sameSite(String origin, String fetchSite, String host) {
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return false;
        }
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return uri.getHost() != null && host != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException notAnOrigin) {
            return false; // includes "null", sent by sandboxed and privacy-sensitive contexts
        }
    }
}
