package works.incentives.web.api.v1;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import works.incentives.domain.access.AccessDeniedException;
import works.incentives.domain.shared.DatabaseOutage;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;

import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of an API call as problem details ({@link ApiProblem}): a rule the domain
 * enforces (422, or 404 for "not found", 403 for "not permitted", 409 for a state that does not
 * allow it), a stale version (412 when the caller sent {@code If-Match}, else 409), the database
 * down (503), a malformed request (400) and anything unexpected (500, logged, nothing of it
 * answered).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    /** Rules that say "not in this state": the request was fine, the resource's state refuses it. */
    private static final Set<Rule> CONFLICTS = Set.of(Rule.ILLEGAL_TRANSITION, Rule.NOT_EDITABLE,
            Rule.PLAN_DUPLICATE, Rule.FUNDS_INSUFFICIENT);

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        return problem(failure, locale()).response();
    }

    private Locale locale() {
        try {
            return headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.ENGLISH);
        } catch (RuntimeException noRequest) {
            return Locale.ENGLISH;
        }
    }

    private boolean conditional() {
        try {
            return headers.getHeaderString(HttpHeaders.IF_MATCH) != null;
        } catch (RuntimeException noRequest) {
            return false;
        }
    }

    ApiProblem problem(Throwable failure, Locale locale) {
        if (failure instanceof ApiException api) {
            return api.problem(locale);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainRuleViolation violation) {
                return ApiProblem.of(status(violation.rule()), violation.code(), locale)
                        .detail(violation.messageKey(), violation.args().toArray()).problems(violation.problems());
            }
            if (cause instanceof OptimisticLockException) {
                return conditional()
                        ? ApiProblem.of(412, "VERSION_STALE", locale).detail("api.problem.versionStale")
                        : ApiProblem.of(409, "CONCURRENT_CHANGE", locale).detail("api.problem.versionStale");
            }
            if (cause instanceof AccessDeniedException) {
                return ApiProblem.of(403, Rule.NOT_PERMITTED.name(), locale).detail("error.notAllowed");
            }
            if (DatabaseOutage.causedBy(cause)) {
                return ApiProblem.of(503, "DATABASE_UNAVAILABLE", locale).detail("error.databaseUnavailable");
            }
            if (cause instanceof JsonbException || cause instanceof ProcessingException) {
                return ApiProblem.of(400, "MALFORMED_REQUEST", locale).detail("api.problem.malformed");
            }
        }
        if (failure instanceof NotFoundException) {
            return ApiProblem.of(404, "NO_SUCH_RESOURCE", locale).detail("api.problem.noSuchResource");
        }
        if (failure instanceof NotAllowedException) {
            return ApiProblem.of(405, "METHOD_NOT_ALLOWED", locale).detail("api.problem.methodNotAllowed");
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return status == 400 ? ApiProblem.of(400, "MALFORMED_REQUEST", locale).detail("api.problem.malformed")
                    : ApiProblem.of(status, "REQUEST_REFUSED", locale).detail("api.problem.refused");
        }
        LOG.log(Level.SEVERE, "API call failed unexpectedly", failure);
        return ApiProblem.of(500, "UNEXPECTED", locale).detail("error.other");
    }

    private static int status(Rule rule) {
        if (rule == Rule.NOT_FOUND) {
            return 404;
        }
        if (rule == Rule.NOT_PERMITTED) {
            return 403;
        }
        return CONFLICTS.contains(rule) ? 409 : 422;
    }
}
