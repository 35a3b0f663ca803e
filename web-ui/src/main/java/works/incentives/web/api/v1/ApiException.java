package works.incentives.web.api.v1;

import works.incentives.domain.shared.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A refusal by the API itself (not the domain): a missing {@code If-Match}, a bad field, a role
 * that may not call an endpoint. Answered as problem details by {@link ProblemMapper}.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String detailKey;
    private final Object[] args;
    private final Map<String, String> fieldErrorKeys = new LinkedHashMap<>();

    public ApiException(int status, String code, String detailKey, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.detailKey = detailKey;
        this.args = args.clone();
    }

    /** A 400 for a field of the request, with the message key of what is wrong. */
    public static ApiException badField(String field, String key) {
        ApiException bad = new ApiException(400, "INVALID_FIELDS", "api.problem.invalidFields");
        bad.fieldErrorKeys.put(field, key);
        return bad;
    }

    ApiProblem problem(Locale locale) {
        ApiProblem problem = ApiProblem.of(status, code, locale).detail(detailKey, args).problems(List.<Problem>of());
        Map<String, String> errors = new LinkedHashMap<>();
        fieldErrorKeys.forEach((field, key) -> errors.put(field, problem.text(key)));
        return problem.errors(errors);
    }
}
