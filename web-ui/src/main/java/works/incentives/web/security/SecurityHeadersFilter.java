package works.incentives.web.security;

import com.vaadin.flow.router.InvalidLocationException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * The browser-side defences on every response of the application (pages, Vaadin's requests,
 * servlets, REST, error pages), and the methods it answers.
 * <ul>
 * <li>A Content-Security-Policy as strict as Vaadin 24 allows (its bootstrap page runs inline
 * scripts and its client builds functions from the server's JavaScript, so scripts need
 * {@code 'unsafe-inline' 'unsafe-eval'}; Lumo needs inline styles), no plugins, no framing by other
 * sites ({@code frame-ancestors}, and {@code X-Frame-Options} for older browsers): a decision
 * button cannot be clickjacked. Evidence files may be framed by our own review page.</li>
 * <li>{@code nosniff}, a same-origin {@code Referrer-Policy} (claim and plan ids in URLs stay home),
 * and HSTS when {@code incentives.public-https} says the public URL is HTTPS.</li>
 * <li>Only GET, HEAD and POST (POST not on static files): PUT, DELETE, PROPFIND, TRACE... answer 405;
 * the REST API under {@code /api/v1} takes PUT and DELETE too.</li>
 * <li>A request naming a location Vaadin refuses (e.g. {@code ?v-r=init&location=//evil.example})
 * answers 400 through our error page, not a 500 naming the exception.</li>
 * </ul>
 * The headers are set before the request goes on, so a servlet may replace the policy for its own
 * response (the evidence servlet sandboxes the files it serves).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Evidence files: shown in our own review page's frame; the servlet adds its own policy. */
    static final String EVIDENCE_POLICY = "frame-ancestors 'self'";

    static final Set<String> ALLOWED_METHODS = Set.of("GET", "HEAD", "POST");

    /** The REST API (version 1) also takes PUT and DELETE: its resources answer unknown methods themselves (405 problem details). */
    static final Set<String> API_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE");

    /** Files served as they are: nothing there takes a POST. */
    private static final String[] STATIC_PATHS = {"/styles/", "/VAADIN/build/", "/VAADIN/static/", "/icons/",
        "/images/", "/favicon.ico"};

    private boolean publicHttps;

    @Override
    public void init() {
        publicHttps = publicHttps();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        defend(response, path, publicHttps);
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        String method = request.getMethod();
        boolean staticPath = isStatic(path);
        Set<String> allowed = path.startsWith("/api/v1/") ? API_METHODS : ALLOWED_METHODS;
        if (!allowed.contains(method) || staticPath && "POST".equals(method)) {
            response.setHeader("Allow", staticPath ? "GET, HEAD" : "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!causedByInvalidLocation(failure) || response.isCommitted()) {
                throw failure;
            }
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /**
     * Sets the browser defences for a response to {@code path}. Public for filters that may answer
     * before this one runs (the order of annotated filters is not defined): the REST API's sign-in.
     */
    public static void defend(HttpServletResponse response, String path, boolean publicHttps) {
        boolean evidence = path.startsWith("/evidence/");
        response.setHeader("Content-Security-Policy", evidence ? EVIDENCE_POLICY : CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", evidence ? "SAMEORIGIN" : "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (publicHttps) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /** Whether the public URL is HTTPS ({@code incentives.public-https}): HSTS then. */
    public static boolean publicHttps() {
        return SessionCookieSetup.publicHttps();
    }

    static boolean isStatic(String path) {
        for (String prefix : STATIC_PATHS) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedByInvalidLocation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidLocationException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
