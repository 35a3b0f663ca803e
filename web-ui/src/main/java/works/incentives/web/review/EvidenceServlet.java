package works.incentives.web.review;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import works.incentives.domain.access.AccessDeniedException;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.claim.ClaimCommands.DocumentView;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DatabaseOutage;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Evidence files at {@code /evidence/CLAIM/DOCUMENT} for reviewers and the claim's own partner:
 * the same URL serves the review page's inline preview and the partner views' downloads, so it
 * needs no Vaadin session. Who may read what is the service's rule ({@link ClaimService#evidenceContent}:
 * partners reach only their own claims, reviewers only claims once submitted, anything else is
 * "not found", 404); program admins and anonymous callers get 403.
 * Only PDF and images are sent inline, by their stored type (decided from the bytes at upload);
 * everything else, or {@code ?download}, is an attachment. Every answer carries {@code nosniff} and the
 * sandboxing {@link #POLICY}, PDF included: Chromium's PDF viewer opens a PDF under it (checked with
 * Chromium 156, in an iframe and as a page of its own), while a {@code sandbox} attribute on the
 * preview iframe would block the viewer. A database that cannot be reached answers 503.
 */
@WebServlet("/evidence/*")
public class EvidenceServlet extends HttpServlet {

    /**
     * The file is shown as an opaque, scriptless document of its own origin: no script, form,
     * plugin of its own, request or navigation of the application's pages; only the review page
     * may frame it. Replaces the application's default policy for these answers.
     */
    static final String POLICY = "sandbox; default-src 'none'; img-src 'self'; frame-ancestors 'self'";

    /** Seconds a client is asked to wait when the database cannot be reached. */
    static final String RETRY_AFTER_SECONDS = "30";

    /** The types a browser previews inline safely. */
    static final Set<String> PREVIEWABLE = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif");

    @Inject
    transient ClaimService claims;

    @Inject
    transient CurrentActor currentActor;

    /** The URL of one document, for iframes, images and download links. */
    public static String url(long claimId, long documentId, boolean download) {
        return "evidence/" + claimId + "/" + documentId + (download ? "?download" : "");
    }

    static boolean previewable(String contentType) {
        return contentType != null && PREVIEWABLE.contains(contentType);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long[] ids = ids(request.getPathInfo());
        if (ids.length == 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            serve(ids, request, response);
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private void serve(long[] ids, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try {
            DocumentView document = claims.get(ids[0], actor.get()).documents().stream()
                    .filter(d -> d.id() == ids[1]).findFirst().orElse(null);
            if (document == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] content = claims.evidenceContent(ids[0], ids[1], actor.get());
            boolean inline = request.getParameter("download") == null && previewable(document.contentType());
            response.setContentType(document.contentType());
            response.setContentLength(content.length);
            protect(response);
            response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                    + URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
            response.getOutputStream().write(content);
        } catch (DomainRuleViolation | AccessDeniedException refused) {
            boolean forbidden = refused instanceof AccessDeniedException
                    || refused instanceof DomainRuleViolation violation && violation.rule() == Rule.NOT_PERMITTED;
            response.sendError(forbidden ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The headers that keep a stored file from acting as a page of the application. */
    static void protect(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Cache-Control", "private, no-store");
    }

    /** "/12/34" as {12, 34}; anything else as none. */
    static long[] ids(String pathInfo) {
        if (pathInfo == null) {
            return new long[0];
        }
        String[] parts = pathInfo.split("/");
        if (parts.length != 3 || !parts[0].isEmpty()) {
            return new long[0];
        }
        try {
            return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])};
        } catch (NumberFormatException notIds) {
            return new long[0];
        }
    }
}
